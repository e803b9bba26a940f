/**
 * One level of an exposure chain (DESIGN 3) in Cypher. Given the frontier (the persons of the
 * previous level, each with the start of their window) it returns, for every person not yet
 * levelled, the one hop that exposed them earliest, tie-broken as `compareHops` does:
 * exposedAt, source personId, kind ('co-presence' < 'recorded-contact' as strings too), venue or
 * contact id, then the contact interval. Strings compare by code point here and by code unit in
 * JS: the same order for ids, which are ASCII.
 *
 * 1. Window ends: the first ending order at or after the window start, else $now. Household
 *    contacts are ended only by hospital or centralized orders, everything else by those and home.
 * 2. Co-presence: the source's own visits that meet the window, then other persons' visits at the
 *    same venue found by a seek on the (venueId, start) range index; a visit meeting [a, b] starts
 *    in [a - longest visit, b]. Qualifies when |I ∩ W| >= $minOverlapMs, I = the two visits' overlap.
 * 3. Recorded contacts: the source's contacts; qualifies when I ∩ W is not empty, whatever its length.
 * exposedAt = start(I ∩ W); the via interval is I itself, not clipped to the window.
 * 4. The earliest hop per person is min() of the hop as a list: lists order element by element, so
 *    this is compareHops, and the aggregation keeps one list per person instead of sorting every
 *    candidate row (at size M a depth-3 level's rows outgrew 2.8 GiB of transaction memory).
 * 5. The last exposure (DESIGN 3, "Last exposure") is max(end(I ∩ W)) over the same qualifying rows.
 */
export const LEVEL_QUERY = `
UNWIND $frontier AS src
MATCH (p:Person {id: src.personId})
CALL (p, src) {
  OPTIONAL MATCH (p)-[:ORDERED]->(o:Order)
  WHERE o.from >= src.windowStart AND o.from < $now AND o.kind IN ['hospital', 'centralized', 'home']
  RETURN coalesce(min(o.from), $now) AS otherEnd,
         coalesce(min(CASE WHEN o.kind <> 'home' THEN o.from END), $now) AS householdEnd
}
WITH p, src.windowStart AS ws, otherEnd, householdEnd
CALL (p, ws, otherEnd, householdEnd) {
  MATCH (p)-[:MADE]->(v:Visit)
  WHERE v.start <= otherEnd AND v.end >= ws
  WITH v, CASE WHEN v.start > ws THEN v.start ELSE ws END AS askStart,
          CASE WHEN v.end < otherEnd THEN v.end ELSE otherEnd END AS askEnd
  WHERE askStart <= askEnd
  MATCH (x:Visit)
  USING INDEX x:Visit(venueId, start)
  WHERE x.venueId = v.venueId AND x.start >= askStart - $longestVisitMs AND x.start <= askEnd
    AND x.end >= askStart AND NOT x.personId IN $levelled
  WITH v, x, CASE WHEN x.start > v.start THEN x.start ELSE v.start END AS cStart,
             CASE WHEN x.end < v.end THEN x.end ELSE v.end END AS cEnd
  WITH v, x, cStart, cEnd, CASE WHEN cStart > ws THEN cStart ELSE ws END AS eStart,
                           CASE WHEN cEnd < otherEnd THEN cEnd ELSE otherEnd END AS eEnd
  WHERE eEnd - eStart >= $minOverlapMs
  RETURN x.personId AS personId, eStart AS exposedAt, eEnd AS lastAt, 'co-presence' AS kind, v.venueId AS ref, cStart AS viaFrom, cEnd AS viaTo
UNION ALL
  MATCH (p)-[:PARTY_TO]->(c:Contact)<-[:PARTY_TO]-(o:Person)
  WHERE NOT o.id IN $levelled
  WITH o, c, CASE WHEN c.setting = 'household' THEN householdEnd ELSE otherEnd END AS we
  WITH o, c, CASE WHEN c.from > ws THEN c.from ELSE ws END AS eStart,
             CASE WHEN c.to < we THEN c.to ELSE we END AS eEnd
  WHERE eStart <= eEnd
  RETURN o.id AS personId, eStart AS exposedAt, eEnd AS lastAt, 'recorded-contact' AS kind, c.id AS ref, c.from AS viaFrom, c.to AS viaTo
}
WITH personId, min([exposedAt, p.id, kind, ref, viaFrom, viaTo]) AS best, max(lastAt) AS lastExposedAt
RETURN personId, best[0] AS exposedAt, lastExposedAt, best[1] AS source, best[2] AS kind, best[3] AS ref,
       best[4] AS viaFrom, best[5] AS viaTo
ORDER BY exposedAt, personId`;
