import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INITIAL_KEYS_FILE, openApiKeys } from '../../../src/platform/auth/api-keys.js';

const NOW = Date.parse('2021-07-20T00:00:00Z');

function inTempDir(test: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'api-keys-'));
  try {
    test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('openApiKeys: where the keys come from at start', () => {
  it('generates one key per role at the first start: in clear once in initial-api-keys.json, hashed in api-keys.json', () =>
    inTempDir((dir) => {
      const first = openApiKeys(null, dir, NOW);
      expect(first.initialKeysFile).toBe(join(dir, INITIAL_KEYS_FILE));
      const initial = JSON.parse(readFileSync(first.initialKeysFile!, 'utf8')) as Record<string, string>;
      expect(Object.keys(initial).sort()).toEqual(['admin', 'auditor', 'checkin-gateway', 'investigator', 'task-force']);
      expect(statSync(first.initialKeysFile!).mode & 0o777).toBe(0o600);
      const stored = readFileSync(join(dir, 'api-keys.json'), 'utf8');
      for (const key of Object.values(initial)) expect(stored).not.toContain(key);
      // The next start reads the hashes only: the same keys work, none are generated again.
      rmSync(first.initialKeysFile!);
      const next = openApiKeys(null, dir, NOW);
      expect(next.initialKeysFile).toBeNull();
      expect(existsSync(join(dir, INITIAL_KEYS_FILE))).toBe(false);
      expect(next.registry.authenticate(initial.investigator)?.role).toBe('investigator');
      expect(next.registry.authenticate(`${initial.investigator}x`)).toBeNull();
    }));

  it("replaces an earlier version's plain keys by their hashes; the same keys go on working", () =>
    inTempDir((dir) => {
      writeFileSync(join(dir, 'api-keys.json'), JSON.stringify({ investigator: 'old-plain-investigator-key', admin: 'old-plain-admin-key-01' }), { mode: 0o600 });
      const opened = openApiKeys(null, dir, NOW);
      expect(opened.migrated).toBe(true);
      expect(opened.initialKeysFile).toBeNull();
      expect(readFileSync(join(dir, 'api-keys.json'), 'utf8')).not.toContain('old-plain');
      const again = openApiKeys(null, dir, NOW);
      expect(again.migrated).toBe(false);
      expect(again.registry.authenticate('old-plain-investigator-key')?.role).toBe('investigator');
      expect(again.registry.authenticate('old-plain-admin-key-01')?.role).toBe('admin');
    }));

  it('generates nothing when API_KEYS is set', () =>
    inTempDir((dir) => {
      const opened = openApiKeys(new Map([['configured-key-0001', 'admin']]), dir, NOW);
      expect(opened.initialKeysFile).toBeNull();
      expect(existsSync(join(dir, 'api-keys.json'))).toBe(false);
      expect(opened.registry.authenticate('configured-key-0001')).toEqual({ id: expect.stringMatching(/^[0-9a-f]{12}$/), role: 'admin' });
    }));
});
