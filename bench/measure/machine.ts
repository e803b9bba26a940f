import { cpus, totalmem, type as osType, release } from 'node:os';
import Database from 'better-sqlite3';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
}

export interface Versions {
  node: string;
  sqlite: string;
  neo4j: string | null;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
  };
}

/** The SQLite library better-sqlite3 is built with (it bundles its own). */
export function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  } finally {
    db.close();
  }
}
