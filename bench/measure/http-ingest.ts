import { client, KEYS } from '../../test/support/test-app.js';
import type { CheckInLoad } from './check-in-load.js';
import type { Service } from './service.js';
import { perSecond, since } from './stats.js';

export const BATCH_PATH = '/v1/check-ins/batch';

export interface BatchIngest {
  batchSize: number;
  batches: number;
  accepted: number;
  rejected: number;
  seconds: number;
  checkInsPerSecond: number;
}

/**
 * POST /v1/check-ins/batch as fast as one gateway can, one batch after the other (the client
 * shares the process with the server, as the brief asks: the server's work dominates).
 * The first batch warms up and is not counted.
 */
export async function measureBatchIngest(service: Service, load: CheckInLoad, batchSize: number, batches: number, budgetMs: number): Promise<BatchIngest> {
  const gateway = client(service.running.url, KEYS.gateway);
  await gateway.post(BATCH_PATH, { items: load.batch(batchSize) });
  let accepted = 0;
  let rejected = 0;
  let sent = 0;
  const start = performance.now();
  while (sent < batches && (sent === 0 || since(start) < budgetMs)) {
    const res = await gateway.post(BATCH_PATH, { items: load.batch(batchSize) });
    if (res.status !== 207) throw new Error(`${BATCH_PATH} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
    const results = res.body.results as { status: number }[];
    const ok = results.filter((r) => r.status === 202).length;
    accepted += ok;
    rejected += results.length - ok;
    sent++;
  }
  const ms = since(start);
  return { batchSize, batches: sent, accepted, rejected, seconds: ms / 1000, checkInsPerSecond: perSecond(accepted, ms) };
}
