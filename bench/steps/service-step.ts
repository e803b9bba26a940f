import { BATCH_SIZE, type BenchProfile, LAG_BATCH_SIZE } from '../bench-profile.js';
import { CheckInLoad } from '../measure/check-in-load.js';
import { measureBatchIngest } from '../measure/http-ingest.js';
import { measureLag } from '../measure/ingest-lag.js';
import type { Province } from '../measure/province-data.js';
import { startService } from '../measure/service.js';
import { DAY, HOUR } from '../sim/time.js';

/**
 * Ingest through HTTP, once the service has finished starting on the simulated log. A service
 * still busy past the limit is reported as such rather than measured while it replays.
 */
export async function serviceStep(province: Province, profile: BenchProfile, seed: number) {
  const end = Date.parse(province.manifest.end);
  const service = await startService(province.sqliteFile, end + DAY, profile.serviceStartLimitMs, profile.alertDepth);
  try {
    const serviceStart = { queryableSeconds: service.queryableSeconds, idleSeconds: service.idleSeconds, alertDepth: profile.alertDepth };
    if (service.idleSeconds === null) {
      const notRun = { notRun: `not run: the service was still busy starting after ${profile.serviceStartLimitMs / 60_000} min` };
      return { serviceStart, httpBatch: notRun, lag: notRun };
    }
    const load = new CheckInLoad(province.manifest.persons, province.manifest.venues, end + HOUR, seed, 'B');
    const httpBatch = await measureBatchIngest(service, load, BATCH_SIZE, profile.httpBatches, profile.httpBudgetMs);
    // Half the measured capacity: a steady load the service can keep up with.
    const lag = await measureLag(service, load, Math.max(50, Math.round(httpBatch.checkInsPerSecond / 2)), LAG_BATCH_SIZE, profile.lagSeconds);
    return { serviceStart, httpBatch, lag };
  } finally {
    await service.close();
  }
}
