import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync } from 'node:fs';
import type { StartedTestContainer } from 'testcontainers';
import { EventStoreDbEventStore } from '../../../libs/event-store/eventstoredb/eventstoredb-event-store.js';
import type { StoredEvent } from '../../../libs/event-store/event-store.port.js';
import { eventStoreContract } from './event-store.contract.js';
import { eventually, events, ofStreams, uniqueStream } from './fixtures.js';
import { singleNode, TcpProxy } from './tcp-proxy.js';

/**
 * The contract against a real EventStoreDB/KurrentDB: EVENTSTORE_CONNECTION_STRING when set,
 * else a throwaway container when a Docker engine answers. Without either, the suite is reported
 * as skipped, by name and with the reason; it never passes silently.
 */
const IMAGE = 'docker.kurrent.io/kurrent-latest/kurrentdb:25.0';
const SUITE = 'eventstoredb event store contract';

type Plan = { kind: 'url'; connectionString: string } | { kind: 'container' } | { kind: 'skip'; reason: string };

async function plan(): Promise<Plan> {
  const url = process.env.EVENTSTORE_CONNECTION_STRING;
  if (url) return { kind: 'url', connectionString: url };
  const socket = ['/var/run/docker.sock', `${process.env.XDG_RUNTIME_DIR ?? ''}/docker.sock`].some((p) => existsSync(p));
  if (!socket && !process.env.DOCKER_HOST) {
    return { kind: 'skip', reason: 'no EVENTSTORE_CONNECTION_STRING and no Docker engine (no socket, no DOCKER_HOST)' };
  }
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 5 s')), 5000).unref()),
    ]);
    return { kind: 'container' };
  } catch (error) {
    return { kind: 'skip', reason: `no EVENTSTORE_CONNECTION_STRING and the Docker engine does not answer (${String(error)})` };
  }
}

const decided = await plan();

function isRelayable(connectionString: string): boolean {
  return /tls=false/i.test(singleNode(connectionString)?.query ?? '');
}

if (decided.kind === 'skip') {
  // Straight to stderr: Jest drops the console output of a file whose tests are all skipped.
  process.stderr.write(`\nSKIPPED ${SUITE}: ${decided.reason}\n`);
  describe(SUITE, () => {
    it.skip(`SKIPPED: ${SUITE} — ${decided.reason}`, () => undefined);
  });
} else {
  let connectionString = decided.kind === 'url' ? decided.connectionString : '';
  let container: StartedTestContainer | undefined;

  beforeAll(async () => {
    if (decided.kind !== 'container') return;
    const { GenericContainer, Wait } = await import('testcontainers');
    container = await new GenericContainer(IMAGE)
      .withExposedPorts(2113)
      .withEnvironment({
        KURRENTDB_CLUSTER_SIZE: '1',
        KURRENTDB_RUN_PROJECTIONS: 'All',
        KURRENTDB_START_STANDARD_PROJECTIONS: 'true',
        KURRENTDB_INSECURE: 'true',
      })
      .withWaitStrategy(Wait.forHealthCheck())
      .withStartupTimeout(180_000)
      .start();
    connectionString = `kurrentdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`;
  }, 240_000);

  afterAll(async () => {
    await container?.stop();
  });

  // Another log would need another server: the suite checks only that the same server keeps its id.
  eventStoreContract('eventstoredb', async () => new EventStoreDbEventStore({ connectionString }), undefined, {
    reopen: async () => new EventStoreDbEventStore({ connectionString }),
  });

  describe('eventstoredb event store', () => {
    it('is healthy', async () => {
      const store = new EventStoreDbEventStore({ connectionString });
      await expect(store.health()).resolves.toEqual({ ok: true });
      await store.close();
    });

    it('gives each new movement stream its retention ($maxAge), and no other stream', async () => {
      const store = new EventStoreDbEventStore({ connectionString, maxAge: { categories: ['mv'], seconds: 3600 } });
      const { KurrentDBClient } = await import('@kurrent/kurrentdb-client');
      const client = KurrentDBClient.connectionString(connectionString);
      try {
        const movement = `mv-${uniqueStream()}`;
        const record = `rec-${uniqueStream()}`;
        await store.append(movement, events(1), 'no-stream');
        await store.append(record, events(1), 'no-stream');
        expect((await client.getStreamMetadata(movement)).metadata?.maxAge).toBe(3600);
        expect((await client.getStreamMetadata(record)).metadata?.maxAge).toBeUndefined();
      } finally {
        await store.close();
        await client.dispose();
      }
    });

    // A relay breaks TLS host verification and cannot follow cluster discovery.
    const relayable = decided.kind === 'container' || isRelayable(decided.connectionString);
    const dropTest = 'resumes its subscription after the connection to the server dropped';
    const dropTestName = relayable ? dropTest : `SKIPPED: ${dropTest} — needs a single-node tls=false server`;
    (relayable ? it : it.skip)(dropTestName, async () => {
      const node = singleNode(connectionString);
      if (!node) throw new Error(`cannot relay ${connectionString}`);
      const proxy = await TcpProxy.start(node);
      const viaProxy = new EventStoreDbEventStore({
        connectionString: `${node.scheme}://127.0.0.1:${proxy.port}${node.query}`,
        resubscribe: { minDelayMs: 50, maxDelayMs: 1000 },
      });
      const direct = new EventStoreDbEventStore({ connectionString });
      const stream = uniqueStream();
      const seen: StoredEvent[] = [];
      const subscription = viaProxy.subscribe({
        name: 'dropped-connection',
        after: await direct.headPosition(),
        handle: async (batch) => {
          seen.push(...ofStreams(batch, stream));
        },
      });
      try {
        await direct.append(stream, events(2), 'no-stream');
        await eventually('the events before the drop', () => seen.length === 2, 30_000);
        proxy.dropConnections();
        await direct.append(stream, events(2), 1);
        proxy.dropConnections();
        await direct.append(stream, events(1), 3);
        await eventually('the events after the drops', () => seen.length >= 5, 60_000);
        await new Promise((r) => setTimeout(r, 500));
        expect(seen.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
      } finally {
        await subscription.stop();
        await Promise.all([viaProxy.close(), direct.close()]);
        await proxy.close();
      }
    }, 120_000);
  });
}
