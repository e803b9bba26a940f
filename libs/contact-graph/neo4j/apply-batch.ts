import type { CypherRunner } from './cypher-runner.js';
import type { GraphFact } from '../contact-graph.port.js';
import type { RulesConfig } from '../../exposure-rules/types.js';
import type { LogIdentity } from '../../event-store/log-identity.js';
import { lockCheckpoint, storeCheckpoint } from './checkpoint.js';
import { factRows } from './fact-rows.js';
import { mergePersons } from './merge-cypher.js';
import { rederiveVisits } from './visits.js';
import * as W from './write-cypher.js';

/**
 * One batch in one write transaction: the facts, the visits they change and the checkpoint (with
 * the identity of its log) commit together or not at all. A batch at or before the stored
 * checkpoint was applied already.
 * Venues go first so that checks of the same batch derive their visits with the venue's stay, and
 * orders before releases so that a release in the same batch finds its order, and facts before
 * their voids. A merge splits the batch: what comes before it is written first, so it re-homes
 * that too (facts after it already name the kept person).
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

  // A merge re-homes what the graph holds, so the facts before it (of this batch too) go in first.
  const touched = new Set<string>();
  let segment: GraphFact[] = [];
  for (const fact of facts) {
    if (fact.type !== 'merge') {
      segment.push(fact);
      continue;
    }
    await writeFacts(tx, segment, touched);
    segment = [];
    await mergePersons(tx, fact.keptId, fact.mergedId);
    touched.add(fact.keptId).add(fact.mergedId);
  }
  await writeFacts(tx, segment, touched);
  await rederiveVisits(tx, [...touched], cfg);
  await storeCheckpoint(tx, position, log);
  return true;
}

/** The facts of a run without merges; the persons whose checks changed are added to `touched`. */
async function writeFacts(tx: CypherRunner, facts: readonly GraphFact[], touched: Set<string>): Promise<void> {
  if (facts.length === 0) return;
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
  const changed = async (query: string, list: unknown[]): Promise<void> => {
    if (list.length === 0) return;
    for (const r of (await tx.run(query, { rows: list })).records) touched.add(r.get('personId') as string);
  };
  await changed(W.WRITE_CHECKS, rows.checks);
  await changed(W.VOID_CHECKS, rows.checkVoids);
}
