import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../libs/event-store/sqlite/sqlite-event-store.js';
import { BuiltService, ensureBuilt, freePort, startBuiltService } from '../support/built-service.js';
import { client, KEYS, removeDir } from '../support/test-app.js';
import { waitUntil } from '../support/wait-until.js';

const API_KEYS = `${KEYS.investigator}:investigator,${KEYS.gateway}:checkin-gateway`;

const startService = (dataDir: string, port: number) =>
  startBuiltService({ ...process.env, DATA_DIR: dataDir, API_KEYS, LOG_LEVEL: 'warn' }, port);

describe('a crash loses no acknowledged write', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'exposure-crash-'));
  let service: BuiltService | null = null;

  beforeAll(() => ensureBuilt(), 300_000);
  afterAll(async () => {
    await service?.stop();
    removeDir(dataDir);
  });

  it('keeps every check-in answered 202 when the process is killed without warning', async () => {
    const port = await freePort();
    service = await startService(dataDir, port);
    const url = `http://127.0.0.1:${port}`;
    const inv = client(url, KEYS.investigator);
    const gw = client(url, KEYS.gateway);
    await inv.post('/v1/persons', { personId: 'P', fullName: 'P' });
    await inv.post('/v1/venues', { venueId: 'V', name: 'V', kind: 'market' });
    const acknowledged: string[] = [];
    const start = Date.now() - 3_600_000;
    // Writes in flight while the process dies: only those answered count as acknowledged.
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; ; i++) {
        const checkInId = `w${w}-${i}`;
        const at = new Date(start + (w * 1000 + i) * 1000).toISOString();
        const r = await gw.post('/v1/check-ins', { checkInId, personId: 'P', venueId: 'V', direction: 'in', at }).catch(() => null);
        if (!r) return;
        if (r.status === 202) acknowledged.push(checkInId);
      }
    });
    // Killed mid-stream, once enough writes were answered to make the check meaningful.
    await waitUntil('20 check-ins to be acknowledged before the kill', async () => ({ done: acknowledged.length >= 20, seen: acknowledged.length }), {
      timeoutMs: 60_000,
      intervalMs: 20,
    });
    service.child.kill('SIGKILL');
    await Promise.all(writers);

    const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    const logged = new Set((await store.readStream('checkins-P')).map((e) => (e.data as { checkInId: string }).checkInId));
    await store.close();
    expect(acknowledged.filter((id) => !logged.has(id))).toEqual([]);

    service = await startService(dataDir, port);
    const r = await inv.get('/v1/persons/P/status');
    expect(r.status).toBe(200);
  }, 120_000);
});
