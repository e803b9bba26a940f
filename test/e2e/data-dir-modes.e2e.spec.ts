import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuiltService, ensureBuilt, freePort, startBuiltService } from '../support/built-service.js';
import { removeDir } from '../support/test-app.js';

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every file under a folder, with its path relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

describe('the data directory is readable by the service user only (the built service)', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'exposure-modes-')), 'data');
  let service: BuiltService | null = null;
  let port = 0;

  beforeAll(async () => {
    ensureBuilt();
    // As an earlier version left it: a 0755 folder with a 0644 file in it.
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'left-over.sqlite'), 'old', { mode: 0o644 });
    port = await freePort();
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['API_KEYS', 'EVENT_STORE', 'CONTACT_GRAPH', 'ALERTS', 'NODE_OPTIONS'].includes(name)));
    service = await startBuiltService({ ...env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, port);
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    removeDir(join(dataDir, '..'));
  });

  it('makes DATA_DIR 0700 and every file in it 0600, those it writes after a registration included', async () => {
    const key = JSON.parse(readFileSync(join(dataDir, 'initial-api-keys.json'), 'utf8')).investigator as string;
    const r = await fetch(`http://127.0.0.1:${port}/v1/persons`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ personId: 'P1', fullName: 'Nguyễn Văn An', phone: '0912 345 678' }),
    });
    expect(r.status).toBe(201);
    expect(mode(dataDir)).toBe(0o700);
    const files = filesUnder(dataDir);
    expect(files).toEqual(expect.arrayContaining(['events.sqlite', 'api-keys.json', 'initial-api-keys.json', 'left-over.sqlite']));
    expect(files.filter((f) => mode(join(dataDir, f)) !== 0o600)).toEqual([]);
  });
});
