import type { INestApplication } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../../libs/event-store/event-store.port.js';
import type { AlertMessage } from '../../../../libs/messaging/alert-publisher.port.js';
import { ExposureAlertReactor } from '../../../../src/alerts/application/reactors/exposure-alert.reactor.js';
import { AlertOutbox } from '../../../../src/alerts/application/outbox/alert-outbox.js';
import { client, KEYS } from '../../../support/test-app.js';
import { waitUntil } from '../../../support/wait-until.js';

/** Polls until `check` gives a value; the failure names what was awaited (test/support/wait-until.ts). */
export async function eventually<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  let value: T | null | undefined | false = null;
  await waitUntil(what, async () => ({ done: Boolean((value = await check())), seen: value }), { timeoutMs, intervalMs: 20 });
  return value as T;
}

/**
 * Waits until the reactor has handled the whole log, including the alerts it appended itself, and
 * (with `published`) until the outbox has handed every alert to the transport.
 */
export async function settled(app: INestApplication, { published = false, timeoutMs = 20_000 } = {}): Promise<void> {
  const store = app.get<EventStore>(EVENT_STORE);
  const reactor = app.get(ExposureAlertReactor);
  const outbox = app.get(AlertOutbox);
  await eventually('the alert reactor (and outbox) to reach the head of the log', async () => {
    const head = (await store.headPosition())?.toString() ?? null;
    const reacted = reactor.position?.toString() ?? null;
    return reacted === head && (!published || outbox.status().position === head);
  }, timeoutMs);
}

/** Every alert of GET /v1/alerts, page by page. */
export async function allAlerts(url: string, limit = 100, since: string | null = null): Promise<AlertMessage[]> {
  const tf = client(url, KEYS.taskForce);
  const out: AlertMessage[] = [];
  let cursor = since;
  for (;;) {
    const r = await tf.get(`/v1/alerts?limit=${limit}${cursor === null ? '' : `&since=${cursor}`}`);
    if (r.status !== 200) throw new Error(`GET /v1/alerts: ${r.status} ${JSON.stringify(r.body)}`);
    out.push(...r.body.alerts);
    if (r.body.alerts.length < limit) return out;
    cursor = r.body.next;
  }
}


