import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role, ROLES } from '../config/app-config.js';

export interface ApiKeySource {
  keys: Map<string, Role>;
  /** Where generated keys were written, for the start-up log; null when they came from API_KEYS. */
  generatedFile: string | null;
}

/** API_KEYS when set; else one key per role, generated once into DATA_DIR/api-keys.json (mode 0600). */
export function loadApiKeys(configured: Map<string, Role> | null, dataDir: string): ApiKeySource {
  if (configured) return { keys: configured, generatedFile: null };
  const file = join(dataDir, 'api-keys.json');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const generated = Object.fromEntries(ROLES.map((role) => [role, randomBytes(24).toString('base64url')]));
    writeFileSync(file, JSON.stringify(generated, null, 2) + '\n', { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  const byRole = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const keys = new Map<string, Role>();
  for (const [role, key] of Object.entries(byRole)) if ((ROLES as readonly string[]).includes(role)) keys.set(key, role as Role);
  return { keys, generatedFile: file };
}

/** Names a caller in logs and event metadata without revealing the key. */
export function keyFingerprint(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}
