import type { ContactGraph, GraphFact } from '../../libs/contact-graph/contact-graph.port.js';

export interface TimedGraph {
  graph: ContactGraph;
  /** Milliseconds spent inside the adapter's apply, summed. */
  applyMs(): number;
}

/**
 * The adapter with its `apply` timed: the projection's throughput is then the graph's own work,
 * apart from reading and parsing the log, which the rebuild time includes.
 */
export function timedApply(target: ContactGraph): TimedGraph {
  let ms = 0;
  const graph = new Proxy(target, {
    get(t, key) {
      if (key === 'apply') {
        return async (facts: GraphFact[], position: bigint): Promise<void> => {
          const start = performance.now();
          try {
            await t.apply(facts, position);
          } finally {
            ms += performance.now() - start;
          }
        };
      }
      const value: unknown = Reflect.get(t, key, t);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
  });
  return { graph, applyMs: () => ms };
}
