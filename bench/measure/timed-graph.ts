import type { ContactGraph } from '../../libs/contact-graph/contact-graph.port.js';

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
        // Every argument passed on: the log identity beside the position is what lets the service resume on this graph.
        return async (...args: Parameters<ContactGraph['apply']>): Promise<void> => {
          const start = performance.now();
          try {
            await t.apply(...args);
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
