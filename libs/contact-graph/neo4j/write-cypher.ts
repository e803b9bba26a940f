/**
 * The UNWIND writes of one batch. Every statement is idempotent: nodes are MERGEd by their unique
 * id, and what a first fact of an id set is kept (ON CREATE) wherever the embedded index keeps
 * the first one too. Parties of contacts and owners of orders are linked from the stored node,
 * so a repeated id with other data cannot attach a second owner.
 */
export const WRITE_VENUES = `
UNWIND $rows AS row
MERGE (v:Venue {id: row.venueId})
SET v.stayMinutes = row.stayMinutes`;

export const WRITE_PERSONS = `
UNWIND $ids AS id
MERGE (:Person {id: id})`;

export const WRITE_ORDERS = `
UNWIND $rows AS row
MERGE (o:Order {id: row.orderId})
  ON CREATE SET o.personId = row.personId, o.kind = row.kind, o.from = row.from, o.until = row.until
WITH o
MERGE (p:Person {id: o.personId})
MERGE (p)-[:ORDERED]->(o)`;

/** A release of an order the graph does not hold (yet) changes nothing, as in the embedded index. */
export const WRITE_RELEASES = `
UNWIND $rows AS row
MATCH (:Person {id: row.personId})-[:ORDERED]->(o:Order {id: row.orderId})
SET o.releasedAt = row.at`;

export const WRITE_TESTS = `
UNWIND $rows AS row
MERGE (t:Test {id: row.testId})
SET t.personId = row.personId, t.sampledAt = row.sampledAt, t.result = row.result, t.symptomOnsetAt = row.symptomOnsetAt
WITH t, row
MERGE (p:Person {id: row.personId})
MERGE (p)-[:TESTED]->(t)`;

/**
 * A self-contact (personA = personB) gets one PARTY_TO edge: the second MERGE finds the first. A
 * voided contact applied again gets no edges back.
 */
export const WRITE_CONTACTS = `
UNWIND $rows AS row
MERGE (c:Contact {id: row.contactId})
  ON CREATE SET c.personA = row.personA, c.personB = row.personB, c.from = row.from, c.to = row.to, c.setting = row.setting
WITH c WHERE c.voided IS NULL
MERGE (a:Person {id: c.personA})
MERGE (b:Person {id: c.personB})
MERGE (a)-[:PARTY_TO]->(c)
MERGE (b)-[:PARTY_TO]->(c)`;

/**
 * Creates the checks not stored yet (rows are unique by id) and returns the persons that got a
 * new one: only their visits change.
 */
export const WRITE_CHECKS = `
UNWIND $rows AS row
OPTIONAL MATCH (old:Check {id: row.checkInId})
WITH row WHERE old IS NULL
MERGE (p:Person {id: row.personId})
CREATE (p)-[:SCANNED]->(:Check {id: row.checkInId, personId: row.personId, venueId: row.venueId, direction: row.direction, at: row.at})
RETURN DISTINCT row.personId AS personId`;

/**
 * A voided check keeps its node (its id stays used, so the same check applied again is not
 * created again) and loses its SCANNED edge: visits are derived from scanned checks only. Returns
 * the persons whose visits change.
 */
export const VOID_CHECKS = `
UNWIND $rows AS row
MATCH (c:Check {id: row.checkInId})<-[s:SCANNED]-(:Person {id: row.personId})
SET c.voided = true
DELETE s
RETURN DISTINCT c.personId AS personId`;

/** A voided contact loses its PARTY_TO edges, so no chain finds it from either party. */
export const VOID_CONTACTS = `
UNWIND $rows AS row
MATCH (c:Contact {id: row.contactId})
SET c.voided = true
WITH c
MATCH (:Person)-[r:PARTY_TO]->(c)
DELETE r`;
