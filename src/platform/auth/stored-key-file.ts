import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Role } from '../config/app-config.js';

/** A key as DATA_DIR/api-keys.json holds it: its fingerprint, role and salted hash, never the key. */
export interface StoredKey {
  id: string;
  role: Role;
  label: string | null;
  createdAt: string | null;
  createdBy: string | null;
  salt: string;
  hash: string;
}

interface FileContent {
  version: 2;
  keys: StoredKey[];
}

/** DATA_DIR/api-keys.json (mode 0600), replaced whole on every change so a crash leaves the old or the new list. */
export class StoredKeyFile {
  constructor(readonly path: string) {}

  exists(): boolean {
    return existsSync(this.path);
  }

  /** The stored keys; a file of the first version (plain keys by role) is for `migrate`, not read here. */
  read(): StoredKey[] {
    if (!this.exists()) return [];
    const content = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<FileContent>;
    return content.version === 2 && Array.isArray(content.keys) ? content.keys : [];
  }

  /** The plain keys by role of a first-version file, or null when the file is not one. */
  readPlainKeys(): Record<string, string> | null {
    if (!this.exists()) return null;
    const content = JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, unknown>;
    if ('version' in content) return null;
    return Object.fromEntries(Object.entries(content).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }

  write(keys: StoredKey[]): void {
    const content: FileContent = { version: 2, keys };
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, this.path);
  }
}
