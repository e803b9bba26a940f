import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module.js';
import { ApiKeyRegistry } from '../../src/platform/auth/api-key-registry.js';
import { StoredKeyFile } from '../../src/platform/auth/stored-key-file.js';
import type { Clock } from '../../src/platform/clock.js';
import type { Role } from '../../src/platform/config/app-config.js';
import { loadConfig } from '../../src/platform/config/load-config.js';
import { configureApp } from '../../src/platform/http/configure-app.js';
import { EMBEDDED, neo4jBackend, type GraphBackend } from './graph-backend.js';
import { neo4jTarget } from './infra-targets.js';

export const KEYS = {
  gateway: 'gateway-key-000001',
  investigator: 'investigator-key-01',
  taskForce: 'task-force-key-0001',
  admin: 'admin-key-00000001',
  auditor: 'auditor-key-000001',
} as const;

const ROLE_OF: Record<string, Role> = {
  [KEYS.gateway]: 'checkin-gateway',
  [KEYS.investigator]: 'investigator',
  [KEYS.taskForce]: 'task-force',
  [KEYS.admin]: 'admin',
  [KEYS.auditor]: 'auditor',
};

/** A settable clock: worlds in 2021 are "now" for the service while a test runs. */
export class TestClock implements Clock {
  constructor(public current: number) {}
  now(): number {
    return this.current;
  }
}

export interface RunningApp {
  app: INestApplication;
  url: string;
  dataDir: string;
  clock: TestClock;
  close(): Promise<void>;
}

/** The real HTTP server on an ephemeral port, with its data in a directory of its own. */
export async function startApp(options: { dataDir?: string; env?: Record<string, string>; now?: number } = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'exposure-e2e-'));
  const backend = suiteBackend();
  // A new data directory is a new log: the shared server's graph must start empty with it.
  if (!options.dataDir && !options.env?.CONTACT_GRAPH) await backend.reset();
  // A loaded CI machine can take seconds to project a world: queries wait for it rather than
  // answer stale (a suite that tests staleness sets its own timeout).
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', READ_YOUR_WRITES_TIMEOUT_MS: '20000', ...backend.env, ...options.env });
  const clock = new TestClock(options.now ?? Date.now());
  // API_KEYS' keys, and those an admin creates, stored hashed in the data directory.
  const apiKeys = new ApiKeyRegistry(new Map(Object.entries(ROLE_OF)), new StoredKeyFile(join(dataDir, 'api-keys.json')));
  const app = await NestFactory.create(AppModule.register({ config, apiKeys, clock }), { bodyParser: false, logger: ['error', 'warn'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    dataDir,
    clock,
    // fetch may keep an idle keep-alive socket that app.close() would wait on.
    close: async () => {
      app.getHttpServer().closeAllConnections();
      await app.close();
    },
  };
}

/**
 * E2E_CONTACT_GRAPH=neo4j runs every end-to-end suite on the real Neo4j (NEO4J_URL...): the
 * suites are the same, only the adapter changes.
 */
function suiteBackend(): GraphBackend {
  const wanted = process.env.E2E_CONTACT_GRAPH ?? 'embedded';
  if (wanted === 'embedded') return EMBEDDED;
  const neo4j = neo4jTarget();
  if (wanted !== 'neo4j' || !neo4j) throw new Error(`E2E_CONTACT_GRAPH=${wanted}: no such backend here (is NEO4J_URL set?)`);
  return neo4jBackend(neo4j);
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A tiny fetch client that speaks the API's JSON and returns status, headers and body. */
export function client(baseUrl: string, key: string) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetchOnce(baseUrl + path, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: parseBody(text) };
  };
  return {
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) => call('POST', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) => call('PATCH', path, body, headers),
    delete: (path: string, headers?: Record<string, string>) => call('DELETE', path, undefined, headers),
  };
}

function parseBody(text: string): any {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/**
 * A keep-alive socket the server closed just as it is reused fails with ECONNRESET: the request
 * never reached the service, so sending it once more is safe (and every write here is idempotent).
 */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (!/ECONNRESET|socket/i.test(String((error as { cause?: unknown }).cause ?? ''))) throw error;
    return fetch(url, init);
  }
}
