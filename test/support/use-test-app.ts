import { afterAll, beforeAll, expect } from '@jest/globals';
import type { GraphBackend } from './graph-backend.js';
import { client, KEYS, removeDir, startApp, type RunningApp } from './test-app.js';
import { waitUntil } from './wait-until.js';

type Client = ReturnType<typeof client>;

export interface TestAppOptions {
  /** The service's clock at start. */
  now?: number;
  /** The graph adapter, when a suite runs on each in turn: its graph is emptied before the start. */
  backend?: GraphBackend;
  /** Settings of the service (its environment), over the backend's. */
  env?: Record<string, string>;
  /** What the suite posts before its tests. */
  setup?: (app: RunningApp) => Promise<void>;
  /** For beforeAll and afterAll (Jest's default otherwise). */
  timeoutMs?: number;
}

/** The service a suite runs against, started in beforeAll and removed with its data in afterAll. */
export interface TestApp {
  readonly app: RunningApp;
  /** An API client with this key; each call goes to the server running then (also after a restart). */
  as(key: string): Client;
  /**
   * Stops the service and starts it again on the same data directory, clock and adapter: every
   * in-memory read model (the embedded graph, directories, alert feed) is rebuilt from the log;
   * a Neo4j graph resumes from its checkpoint.
   */
  restart(): Promise<void>;
  /** An admin's rebuild of the contact graph from the whole log (POST /v1/projections/contact-graph/rebuild), waited for. */
  rebuildContactGraph(): Promise<void>;
}

export function useTestApp({ now, backend, env: settings, setup, timeoutMs }: TestAppOptions = {}): TestApp {
  const env = { ...backend?.env, ...settings };
  let app: RunningApp | undefined;
  const current = (): RunningApp => {
    if (!app) throw new Error('the service is not started: use it in a test or hook');
    return app;
  };
  beforeAll(async () => {
    await backend?.reset();
    app = await startApp({ now, env });
    await setup?.(app);
  }, timeoutMs);
  afterAll(async () => {
    if (!app) return;
    await app.close();
    removeDir(app.dataDir);
  }, timeoutMs);
  return {
    get app() {
      return current();
    },
    as: (key) => ({
      get: (...args) => client(current().url, key).get(...args),
      post: (...args) => client(current().url, key).post(...args),
      patch: (...args) => client(current().url, key).patch(...args),
      delete: (...args) => client(current().url, key).delete(...args),
    }),
    restart: async () => {
      const { dataDir, clock } = current();
      await current().close();
      app = await startApp({ dataDir, now: clock.current, env });
    },
    rebuildContactGraph: async () => {
      const admin = client(current().url, KEYS.admin);
      expect((await admin.post('/v1/projections/contact-graph/rebuild', {})).status).toBe(202);
      // Until the replay reaches the head, answers come from a partial graph marked X-Stale.
      await waitUntil('the rebuilt contact graph to reach the head of the log', async () => {
        const { head, projections } = (await admin.get('/v1/projections')).body;
        return { done: projections[0].position === head, seen: { head, projection: projections[0] } };
      });
    },
  };
}
