import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role, ROLES } from '../config/app-config.js';
import { ApiKeyRegistry } from './api-key-registry.js';
import { StoredKeyFile } from './stored-key-file.js';

export interface ApiKeySource {
  registry: ApiKeyRegistry;
  /** Where the keys generated at the first start were written in clear, once; null otherwise. */
  initialKeysFile: string | null;
  /** Whether a file of plain keys (an earlier version's) was replaced by their hashes at this start. */
  migrated: boolean;
}

export const INITIAL_KEYS_FILE = 'initial-api-keys.json';

/**
 * The keys of API_KEYS and those stored hashed in DATA_DIR/api-keys.json. On the first start with
 * neither, one key per role is generated: stored hashed, and written in clear once to
 * DATA_DIR/initial-api-keys.json (0600) for the operator to take and delete; the service never
 * reads that file. A plain-key file of an earlier version is replaced by the keys' hashes.
 */
export function openApiKeys(configured: Map<string, Role> | null, dataDir: string, now: number): ApiKeySource {
  mkdirSync(dataDir, { recursive: true });
  const file = new StoredKeyFile(join(dataDir, 'api-keys.json'));
  const plain = file.readPlainKeys();
  const registry = new ApiKeyRegistry(configured ?? new Map(), file);
  if (plain) {
    for (const [role, key] of Object.entries(plain)) {
      if ((ROLES as readonly string[]).includes(role)) registry.create(role as Role, 'kept from the plain-key file', 'system:key-migration', now, key);
    }
    return { registry, initialKeysFile: null, migrated: true };
  }
  if (configured || file.exists()) return { registry, initialKeysFile: null, migrated: false };
  const generated = Object.fromEntries(ROLES.map((role) => [role, registry.create(role, 'generated at first start', 'system:first-start', now).key]));
  const initialKeysFile = join(dataDir, INITIAL_KEYS_FILE);
  writeFileSync(initialKeysFile, `${JSON.stringify(generated, null, 2)}\n`, { mode: 0o600 });
  return { registry, initialKeysFile, migrated: false };
}

/** Names a caller in logs, event metadata and the audit trail without revealing the key. */
export function keyFingerprint(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}
