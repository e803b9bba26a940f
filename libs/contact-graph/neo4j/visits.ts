import type { CypherRunner } from './cypher-runner.js';
import { deriveVisits } from '../../exposure-rules/visits.js';
import type { CheckEvent, RulesConfig, Visit } from '../../exposure-rules/types.js';
import { CHECKPOINT } from './checkpoint.js';
import { int } from './integers.js';

const READ_CHECKS = `
UNWIND $personIds AS pid
MATCH (:Person {id: pid})-[:SCANNED]->(c:Check)
RETURN c.id AS checkInId, c.personId AS personId, c.venueId AS venueId, c.direction AS direction, c.at AS at`;

/** A check at a venue the graph does not know derives with the default stay, as in the rules' sources. */
const READ_STAYS = `
UNWIND $venueIds AS vid
MATCH (v:Venue {id: vid})
RETURN v.id AS venueId, v.stayMinutes AS stayMinutes`;

const READ_VISITS = `
UNWIND $personIds AS pid
MATCH (:Person {id: pid})-[:MADE]->(v:Visit)
RETURN elementId(v) AS eid, v.personId AS personId, v.venueId AS venueId, v.start AS start, v.end AS end`;

const DELETE_VISITS = `
UNWIND $eids AS eid
MATCH (v:Visit) WHERE elementId(v) = eid
DETACH DELETE v`;

const CREATE_VISITS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
CREATE (p)-[:MADE]->(:Visit {personId: row.personId, venueId: row.venueId, start: row.start, end: row.end})`;

/**
 * The longest visit ever stored bounds how far back a visit overlapping an instant can start:
 * the exposure query seeks (venueId, start) from there, exact whatever the venues' stays.
 */
const RAISE_LONGEST = `
MATCH (k:Checkpoint {name: $name})
SET k.longestVisitMs = CASE WHEN coalesce(k.longestVisitMs, 0) < $longest THEN $longest ELSE k.longestVisitMs END`;

const keyOf = (v: Visit): string => JSON.stringify([v.personId, v.venueId, v.start, v.end]);

/**
 * Derives all visits of these persons again from all their checks, with the pure rules, inside
 * the batch's transaction: a late or offline scan changes the visits exactly as if it had come in
 * time (DESIGN 3, "Visits"), and no stale visit survives. Only the difference is written: a new
 * scan usually changes one visit of a person, and creating a visit (two index entries) is the
 * costliest write of a batch.
 */
export async function rederiveVisits(tx: CypherRunner, personIds: string[], cfg: RulesConfig): Promise<void> {
  if (personIds.length === 0) return;
  const derived = await deriveFromChecks(tx, personIds, cfg);

  // Stored visits by value; identical visits are matched one for one.
  const stored = new Map<string, string[]>();
  for (const r of (await tx.run(READ_VISITS, { personIds })).records) {
    const key = keyOf(r.toObject() as Visit);
    stored.set(key, [...(stored.get(key) ?? []), r.get('eid') as string]);
  }
  const created = derived.filter((v) => {
    const same = stored.get(keyOf(v));
    return !(same && same.pop() !== undefined);
  });
  const deleted = [...stored.values()].flat();

  if (deleted.length > 0) await tx.run(DELETE_VISITS, { eids: deleted });
  if (created.length === 0) return;
  const rows = created.map((v) => ({ personId: v.personId, venueId: v.venueId, start: int(v.start), end: int(v.end) }));
  await tx.run(CREATE_VISITS, { rows });
  const longest = created.reduce((max, v) => Math.max(max, v.end - v.start), 0);
  await tx.run(RAISE_LONGEST, { name: CHECKPOINT, longest: int(longest) });
}

async function deriveFromChecks(tx: CypherRunner, personIds: string[], cfg: RulesConfig): Promise<Visit[]> {
  const checks = new Map<string, CheckEvent[]>();
  const venueIds = new Set<string>();
  for (const r of (await tx.run(READ_CHECKS, { personIds })).records) {
    const check = r.toObject() as CheckEvent;
    checks.set(check.personId, [...(checks.get(check.personId) ?? []), check]);
    venueIds.add(check.venueId);
  }
  const stays = new Map<string, number>();
  for (const r of (await tx.run(READ_STAYS, { venueIds: [...venueIds] })).records) {
    if (r.get('stayMinutes') !== null) stays.set(r.get('venueId') as string, r.get('stayMinutes') as number);
  }
  const stayOf = (venueId: string): number => stays.get(venueId) ?? cfg.defaultStayMinutes;
  return [...checks.values()].flatMap((mine) => deriveVisits(mine, stayOf, cfg));
}
