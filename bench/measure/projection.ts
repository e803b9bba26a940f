import type { ContactGraph } from '../../libs/contact-graph/contact-graph.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { ContactGraphProjection } from '../../src/exposure/application/projections/contact-graph.projection.js';
import type { Clock } from '../../src/platform/clock.js';
import type { AppConfig } from '../../src/platform/config/app-config.js';
import { perSecond, since } from './stats.js';
import { timedApply } from './timed-graph.js';

export interface ProjectionResult {
  events: number;
  /** From an empty graph to caught up with the whole log, through the service's projection. */
  rebuildSeconds: number;
  /** Inside the graph adapter's apply only. */
  applySeconds: number;
  /** Events per second of apply time: the graph's own throughput. */
  eventsPerSecond: number;
  /** Events per second of the whole rebuild, reading and parsing the log included. */
  rebuildEventsPerSecond: number;
}

const POLL_MS = 1000;

/**
 * Rebuilds `graph` from the whole log with the service's ContactGraphProjection (the same
 * subscription, batches and fact mapping as at start-up), timing the adapter's share apart.
 * The simulated log has no gaps, so its head position is its number of events.
 */
export async function rebuild(
  store: EventStore,
  graph: ContactGraph,
  config: AppConfig,
  clock: Clock,
  onProgress: (done: number) => void,
): Promise<ProjectionResult> {
  const head = (await store.headPosition()) ?? 0n;
  const timed = timedApply(graph);
  await graph.init();
  await graph.clear();
  const projection = new ContactGraphProjection(store, timed.graph, config, clock);
  const start = performance.now();
  await projection.onApplicationBootstrap();
  while (!(await projection.catchUp(head, POLL_MS))) onProgress(Number(projection.position ?? 0n) / Number(head));
  const ms = since(start);
  await projection.beforeApplicationShutdown();
  const events = Number(head);
  return {
    events,
    rebuildSeconds: ms / 1000,
    applySeconds: timed.applyMs() / 1000,
    eventsPerSecond: perSecond(events, timed.applyMs()),
    rebuildEventsPerSecond: perSecond(events, ms),
  };
}
