import type { CypherRunner } from './cypher-runner.js';

/**
 * PersonsMerged in the graph: the merged person's checks, contacts, tests and orders are moved to
 * the kept person (their edges and their personId properties), and the merged node keeps
 * `mergedInto`, which `merges()` reads back. A contact between the two ends with one PARTY_TO
 * edge (the MERGE finds the kept person's), so the level query, which needs two parties, finds
 * nobody through it. A voided check has no SCANNED edge and keeps the merged id: its owner is
 * resolved through the merges, like any id named after the merge.
 */
/** The merged person's edges of one kind move to the kept person, with the fact's personId. */
const rehome = (edge: string, label: string) => `
CALL (k, m) {
  MATCH (m)-[r:${edge}]->(f:${label})
  DELETE r
  SET f.personId = k.id
  MERGE (k)-[:${edge}]->(f)
}`;

const MERGE_PERSONS = `
MERGE (k:Person {id: $keptId})
MERGE (m:Person {id: $mergedId})
SET m.mergedInto = $keptId
WITH k, m
${rehome('SCANNED', 'Check')}
CALL (k, m) {
  MATCH (m)-[r:PARTY_TO]->(c:Contact)
  DELETE r
  SET c.personA = CASE c.personA WHEN m.id THEN k.id ELSE c.personA END,
      c.personB = CASE c.personB WHEN m.id THEN k.id ELSE c.personB END
  MERGE (k)-[:PARTY_TO]->(c)
}
${rehome('TESTED', 'Test')}
${rehome('ORDERED', 'Order')}`;

const MERGES = `
MATCH (m:Person) WHERE m.mergedInto IS NOT NULL
RETURN m.id AS mergedId, m.mergedInto AS keptId
ORDER BY mergedId`;

export async function mergePersons(tx: CypherRunner, keptId: string, mergedId: string): Promise<void> {
  await tx.run(MERGE_PERSONS, { keptId, mergedId });
}

export async function readMerges(tx: CypherRunner): Promise<{ mergedId: string; keptId: string }[]> {
  return (await tx.run(MERGES)).records.map((r) => ({ mergedId: r.get('mergedId') as string, keptId: r.get('keptId') as string }));
}
