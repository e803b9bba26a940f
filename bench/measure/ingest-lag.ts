import { setTimeout as sleep } from 'node:timers/promises';
import { client, KEYS } from '../../test/support/test-app.js';
import type { CheckInLoad } from './check-in-load.js';
import { BATCH_PATH } from './http-ingest.js';
import type { Service } from './service.js';
import { type Percentiles, percentiles, perSecond, since } from './stats.js';

export interface IngestLag {
  offeredPerSecond: number;
  achievedPerSecond: number;
  batchSize: number;
  batches: number;
  /** From the write's 202/207 answer to the contact graph having applied its log position. */
  lagMs: Percentiles;
  timedOut: number;
}

const LAG_TIMEOUT_MS = 30_000;

/**
 * A steady load (batches sent on a fixed schedule) while each batch's log position is awaited on
 * the projection: the time until what was appended is queryable.
 */
export async function measureLag(service: Service, load: CheckInLoad, perSecondRate: number, batchSize: number, seconds: number): Promise<IngestLag> {
  const gateway = client(service.running.url, KEYS.gateway);
  const interval = (batchSize / perSecondRate) * 1000;
  const count = Math.max(1, Math.round((seconds * 1000) / interval));
  const lags: Promise<number | null>[] = [];
  const start = performance.now();
  for (let k = 0; k < count; k++) {
    const wait = start + k * interval - performance.now();
    if (wait > 0) await sleep(wait);
    const res = await gateway.post(BATCH_PATH, { items: load.batch(batchSize) });
    const acked = performance.now();
    const position = res.headers.get('x-log-position');
    if (res.status !== 207 || position === null) throw new Error(`${BATCH_PATH} answered ${res.status} without a log position`);
    lags.push(service.projection.catchUp(BigInt(position), LAG_TIMEOUT_MS).then((ok) => (ok ? performance.now() - acked : null)));
  }
  const elapsed = since(start);
  const measured = await Promise.all(lags);
  return {
    offeredPerSecond: perSecondRate,
    achievedPerSecond: perSecond(count * batchSize, elapsed),
    batchSize,
    batches: count,
    lagMs: percentiles(measured.filter((m): m is number => m !== null)),
    timedOut: measured.filter((m) => m === null).length,
  };
}
