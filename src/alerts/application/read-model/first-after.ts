import type { AlertMessage } from '../../../../libs/messaging/alert-publisher.port.js';

/** Index of the first alert strictly after `since` in alerts sorted by position (binary search). */
export function firstAfter(alerts: readonly AlertMessage[], since: bigint | null): number {
  if (since === null) return 0;
  let lo = 0;
  let hi = alerts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (BigInt(alerts[mid].position) <= since) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
