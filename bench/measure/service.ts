import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EVENT_STORE, type EventStore } from '../../libs/event-store/event-store.port.js';
import { ContactGraphProjection } from '../../src/exposure/application/projections/contact-graph.projection.js';
import { removeDir, type RunningApp, startApp } from '../../test/support/test-app.js';

export interface Service {
  running: RunningApp;
  projection: ContactGraphProjection;
  /** From start to the contact graph having applied the whole simulated log. */
  queryableSeconds: number;
  /** From start to a quiet service (every start-up replay done); null when it stayed busy past the limit. */
  idleSeconds: number | null;
  close(): Promise<void>;
}

const TICK_MS = 50;
const LATE_MS = 20;
const CALM_TICKS = 20;

/**
 * True once the event loop has run timers on time for a second while the log stood still. The
 * start-up replays (the projection, the alert reactor) run as long chains of promise callbacks
 * that hold timers back, so punctual timers mean they are done; waiting for that needs no
 * knowledge of which subscribers the service has.
 */
async function untilIdle(head: () => Promise<bigint | null>, limitMs: number): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  let calm = 0;
  let last = await head();
  while (performance.now() < deadline) {
    const before = performance.now();
    await sleep(TICK_MS);
    const now = await head();
    calm = performance.now() - before - TICK_MS < LATE_MS && now === last ? calm + 1 : 0;
    last = now;
    if (calm >= CALM_TICKS) return true;
  }
  return false;
}

/**
 * The real HTTP service, in-process, on a copy of the simulated log: ingest is then measured
 * against a province-sized store (each person's check-in stream already holds their history),
 * after the start-up work has finished.
 */
export async function startService(
  sqliteFile: string,
  now: number,
  idleLimitMs: number,
  alertDepth: number,
  env: Record<string, string> = {},
): Promise<Service> {
  const dataDir = mkdtempSync(join(tmpdir(), 'exposure-bench-'));
  for (const suffix of ['', '-wal']) {
    if (existsSync(sqliteFile + suffix)) copyFileSync(sqliteFile + suffix, join(dataDir, `events.sqlite${suffix}`));
  }
  const started = performance.now();
  const running = await startApp({ dataDir, now, env: { ALERT_DEPTH: String(alertDepth), ...env } });
  const close = async (): Promise<void> => {
    await running.close();
    removeDir(dataDir);
  };
  try {
    const projection = running.app.get(ContactGraphProjection);
    if (!(await projection.catchUp(undefined, idleLimitMs))) throw new Error(`the contact graph did not catch up with the log within ${idleLimitMs / 1000} s`);
    const queryableSeconds = (performance.now() - started) / 1000;
    const store = running.app.get<symbol, EventStore>(EVENT_STORE);
    const idle = await untilIdle(() => store.headPosition(), idleLimitMs);
    return { running, projection, queryableSeconds, idleSeconds: idle ? (performance.now() - started) / 1000 : null, close };
  } catch (error) {
    await close();
    throw error;
  }
}
