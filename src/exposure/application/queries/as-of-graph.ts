import type { ContactGraph } from '../../../../libs/contact-graph/contact-graph.port.js';
import { EmbeddedContactGraph } from '../../../../libs/contact-graph/embedded/embedded-contact-graph.js';
import type { EventStore } from '../../../../libs/event-store/event-store.port.js';
import type { RulesConfig } from '../../../../libs/exposure-rules/types.js';
import { PersonMerges } from '../../../../libs/contact-graph/person-merges.js';
import { graphFactsOf } from '../projections/graph-facts.js';

const PAGE = 10_000;

/**
 * The contact graph as the log held it at `asOf`: a throw-away embedded index fed with the events
 * recorded until then, through merges of its own (a merge recorded after `asOf` does not count
 * yet). Rare audit questions pay a replay instead of every write paying history.
 */
export async function graphAsOf(store: EventStore, asOf: number, cfg: RulesConfig): Promise<{ graph: ContactGraph; merges: PersonMerges }> {
  const graph = new EmbeddedContactGraph(cfg);
  const merges = new PersonMerges();
  let after: bigint | null = null;
  for (;;) {
    const page = await store.readAll({ after, limit: PAGE });
    if (page.length === 0) break;
    const known = page.filter((e) => Date.parse(e.metadata.recordedAt) <= asOf);
    if (known.length > 0) await graph.apply(merges.map(known.flatMap(graphFactsOf)), known[known.length - 1].position);
    after = page[page.length - 1].position;
  }
  return { graph, merges };
}
