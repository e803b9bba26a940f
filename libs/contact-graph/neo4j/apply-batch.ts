import type { CypherRunner } from './cypher-runner.js';
import type { GraphFact } from '../contact-graph.port.js';
import type { RulesConfig } from '../../exposure-rules/types.js';
import type { LogIdentity } from '../../event-store/log-identity.js';
import { lockCheckpoint, storeCheckpoint } from './checkpoint.js';
import { factRows } from './fact-rows.js';
import { rederiveVisits } from './visits.js';
import * as W from './write-cypher.js';

/**
 * One batch in one write transaction: the facts, the visits they change and the checkpoint (with
 * the identity of its log) commit together or not at all. A batch at or before the stored
 * checkpoint was applied already.
 * Venues go first so that checks of the same batch derive their visits with the venue's stay, and
 * orders before releases so that a release in the same batch finds its order, and facts before
 * their voids.
 */
export async function applyBatch(
  tx: CypherRunner,
  facts: readonly GraphFact[],
  position: bigint,
  cfg: RulesConfig,
  log?: LogIdentity,
): Promise<boolean> {
  const stored = await lockCheckpoint(tx);
  if (stored !== null && position <= stored) return false;

  const rows = factRows(facts);
  const run = async (query: string, list: unknown[], key = 'rows'): Promise<void> => {
    if (list.length > 0) await tx.run(query, { [key]: list });
  };
  await run(W.WRITE_VENUES, rows.venues);
  await run(W.WRITE_PERSONS, rows.persons, 'ids');
  await run(W.WRITE_ORDERS, rows.orders);
  await run(W.WRITE_RELEASES, rows.releases);
  await run(W.WRITE_TESTS, rows.tests);
  await run(W.WRITE_CONTACTS, rows.contacts);
  await run(W.VOID_CONTACTS, rows.contactVoids);
  const touched = new Set<string>();
  const changed = async (query: string, list: unknown[]): Promise<void> => {
    if (list.length === 0) return;
    for (const r of (await tx.run(query, { rows: list })).records) touched.add(r.get('personId') as string);
  };
  await changed(W.WRITE_CHECKS, rows.checks);
  await changed(W.VOID_CHECKS, rows.checkVoids);
  await rederiveVisits(tx, [...touched], cfg);
  await storeCheckpoint(tx, position, log);
  return true;
}
