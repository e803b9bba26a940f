import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../config/app-config.js';
import { keyFingerprint } from './api-keys.js';
import type { StoredKey, StoredKeyFile } from './stored-key-file.js';

/** A key as the service knows it: never the key itself, only its salted hash. */
export interface KeyEntry {
  /** The key's fingerprint (the start of its SHA-256): how logs and the audit trail name it. */
  id: string;
  role: Role;
  label: string | null;
  /** `configured`: from API_KEYS (changed by changing the setting); `stored`: in DATA_DIR/api-keys.json. */
  source: 'configured' | 'stored';
  createdAt: string | null;
  createdBy: string | null;
}

interface HeldKey extends KeyEntry {
  salt: string;
  hash: string;
}

export type RevokeOutcome = 'revoked' | 'unknown' | 'configured' | 'last-admin';

function saltedHash(salt: string, key: string): string {
  return createHash('sha256').update(salt).update(key).digest('hex');
}

function hold(key: string, entry: Omit<KeyEntry, 'id'>): HeldKey {
  const salt = randomBytes(16).toString('hex');
  return { ...entry, id: keyFingerprint(key), salt, hash: saltedHash(salt, key) };
}

/**
 * The API keys that work now: those of API_KEYS (held hashed in memory) and those stored hashed in
 * DATA_DIR/api-keys.json, which an admin creates and revokes without a restart. A key is found by
 * its fingerprint and accepted only if its salted hash matches (compared in constant time).
 */
export class ApiKeyRegistry {
  private readonly keys = new Map<string, HeldKey>();

  constructor(
    configured: ReadonlyMap<string, Role>,
    private readonly file: StoredKeyFile | null,
  ) {
    for (const [key, role] of configured) {
      const held = hold(key, { role, label: null, source: 'configured', createdAt: null, createdBy: null });
      this.keys.set(held.id, held);
    }
    for (const stored of file?.read() ?? []) this.keys.set(stored.id, { ...stored, source: 'stored' });
  }

  /** The key's id and role, or null for a key that does not work. */
  authenticate(key: string): { id: string; role: Role } | null {
    const held = this.keys.get(keyFingerprint(key));
    if (!held) return null;
    const expected = Buffer.from(held.hash, 'hex');
    const given = Buffer.from(saltedHash(held.salt, key), 'hex');
    return timingSafeEqual(expected, given) ? { id: held.id, role: held.role } : null;
  }

  list(): KeyEntry[] {
    return [...this.keys.values()].map(({ salt: _salt, hash: _hash, ...entry }) => entry).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /**
   * A new key for the role, stored hashed: the returned `key` is the only time it is seen. `key`
   * is given only to adopt one issued before keys were stored hashed.
   */
  create(role: Role, label: string | null, createdBy: string, now: number, key = randomBytes(24).toString('base64url')): { entry: KeyEntry; key: string } {
    const held = hold(key, { role, label, source: 'stored', createdAt: new Date(now).toISOString(), createdBy });
    this.keys.set(held.id, held);
    this.save();
    const { salt: _salt, hash: _hash, ...entry } = held;
    return { entry, key };
  }

  /** Stops a stored key from working at once; API_KEYS' keys change with the setting, and the last admin key stays. */
  revoke(id: string): RevokeOutcome {
    const held = this.keys.get(id);
    if (!held) return 'unknown';
    if (held.source === 'configured') return 'configured';
    const admins = [...this.keys.values()].filter((k) => k.role === 'admin');
    if (held.role === 'admin' && admins.length === 1) return 'last-admin';
    this.keys.delete(id);
    this.save();
    return 'revoked';
  }

  private save(): void {
    const stored: StoredKey[] = [...this.keys.values()]
      .filter((k) => k.source === 'stored')
      .map(({ source: _source, ...k }) => k);
    this.file?.write(stored);
  }
}
