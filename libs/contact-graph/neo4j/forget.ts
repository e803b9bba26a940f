import type { CypherRunner } from './cypher-runner.js';
import type { RulesConfig } from '../../exposure-rules/types.js';
import { int } from './integers.js';
import { rederiveVisits } from './visits.js';

const FORGET_CHECKS = `
MATCH (c:Check) WHERE c.at < $cutoff
WITH c, c.personId AS personId
DETACH DELETE c
RETURN DISTINCT personId`;

const FORGET_CONTACTS = `
MATCH (c:Contact) WHERE c.to < $cutoff
DETACH DELETE c`;

/**
 * Retention: checks and recorded contacts that happened before the cut-off leave the graph, and
 * the visits of the persons who lost checks are derived again from what remains, as in the
 * embedded index.
 */
export async function forgetBefore(tx: CypherRunner, cutoff: number, cfg: RulesConfig): Promise<void> {
  const touched = await tx.run(FORGET_CHECKS, { cutoff: int(cutoff) });
  await rederiveVisits(tx, touched.records.map((r) => r.get('personId') as string), cfg);
  await tx.run(FORGET_CONTACTS, { cutoff: int(cutoff) });
}
