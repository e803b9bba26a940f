import { TemporalIndex } from '../../libs/contact-graph/embedded/temporal-index.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import type { RulesConfig } from '../../libs/exposure-rules/types.js';
import { graphFactsOf } from '../../src/exposure/application/projections/graph-facts.js';
import { personId } from '../sim/ids.js';
import { liveHeapBytes } from './heap.js';

export interface IndexMemory {
  visits: number;
  heapBytes: number;
  /** Everything the index holds (checks, visits, contacts, tests, orders) per visit. */
  bytesPerVisit: number;
}

const PAGE = 5_000;

/**
 * Replays the log into the temporal index the embedded graph keeps, and measures the live heap it
 * adds. Visits are counted through the index's own ContactSource view, person by person.
 */
export async function measuredIndex(
  store: EventStore,
  rules: RulesConfig,
  persons: number,
  onProgress: (done: number) => void = () => undefined,
): Promise<{ index: TemporalIndex; memory: IndexMemory }> {
  const head = Number((await store.headPosition()) ?? 0n);
  const before = liveHeapBytes();
  const index = new TemporalIndex(rules);
  let after: bigint | null = null;
  for (;;) {
    const page = await store.readAll({ after, limit: PAGE });
    if (page.length === 0) break;
    index.apply(page.flatMap(graphFactsOf));
    after = page[page.length - 1].position;
    onProgress(Number(after) / head);
  }
  const heapBytes = liveHeapBytes() - before;
  let visits = 0;
  for (let p = 0; p < persons; p++) visits += index.visitsOf(personId(p)).length;
  return { index, memory: { visits, heapBytes, bytesPerVisit: visits > 0 ? heapBytes / visits : 0 } };
}
