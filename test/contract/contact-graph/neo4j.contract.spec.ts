import { describe, it, expect } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { EmbeddedContactGraph } from '../../../libs/contact-graph/embedded/embedded-contact-graph.js';
import { Neo4jContactGraph } from '../../../libs/contact-graph/neo4j/neo4j-contact-graph.js';
import { UnavailableError } from '../../../src/platform/errors.js';
import { NO_NEO4J, describeWithServer, neo4jTarget, type Neo4jTarget } from '../../support/infra.js';
import { PersonMerges } from '../../../libs/contact-graph/person-merges.js';
import { keptIdOf, randomMerges, randomVoids, randomWorld } from '../../support/random-world.js';
import { CONTRACT_RULES, WORLDS, contactGraphContract } from './contact-graph.contract.js';
import { mergeFacts, shuffledBatches, voidFacts, worldFacts } from './facts.js';

/**
 * The contact graph contract against a real Neo4j (DESIGN 6), plus what only a server can show.
 * The suite owns the server's database: every test clears it. Without NEO4J_URL the server suites
 * are reported as skipped by name; the closed-port fault test runs everywhere.
 */
const target = neo4jTarget();
const conn: Neo4jTarget = target ?? { url: 'bolt://127.0.0.1:7687', user: 'neo4j', password: '' };

async function ready(): Promise<Neo4jContactGraph> {
  const graph = new Neo4jContactGraph(conn, CONTRACT_RULES);
  await graph.init();
  return graph;
}

describeWithServer('neo4j contact graph (real server)', target, NO_NEO4J, () => {
  contactGraphContract('neo4j', ready);

  describe('neo4j specifics', neo4jSpecifics);
});

function neo4jSpecifics(): void {
  it('answers exactly like the embedded index on the same batches, voids and merges included', async () => {
    const neo = await ready();
    try {
      for (const { seed, shape } of WORLDS) {
        const embedded = new EmbeddedContactGraph(CONTRACT_RULES);
        await neo.clear();
        const world = randomWorld(seed + 1000, shape);
        const { registrations, rest } = worldFacts(world);
        const merges = randomMerges(world, seed + 3000);
        const [early, late] = shuffledBatches(rest, seed, 2);
        const feed = new PersonMerges();
        const batches = [registrations, ...shuffledBatches([...early, ...mergeFacts(merges)], seed, 3), late, voidFacts(randomVoids(world, seed))].map((b) => feed.map(b));
        for (const [i, batch] of batches.entries()) {
          await Promise.all([neo.apply(batch, BigInt(i + 1)), embedded.apply(batch, BigInt(i + 1))]);
        }
        for (const caseId of new Set(world.cases.map(keptIdOf(merges)))) {
          for (let depth = 1; depth <= 3; depth++) {
            expect(await neo.exposures(caseId, depth, world.now)).toEqual(await embedded.exposures(caseId, depth, world.now));
          }
        }
        expect(await neo.casesSince(0)).toEqual(await embedded.casesSince(0));
      }
    } finally {
      await neo.close();
    }
  });

  it('keeps its checkpoint and facts for a new instance on the same database', async () => {
    const first = await ready();
    await first.clear();
    const world = randomWorld(5, { persons: 20, venues: 3, days: 2 });
    const { registrations, rest } = worldFacts(world);
    const log = { logId: 'log-a', eventId: 'e-last' };
    await first.apply([...registrations, ...rest], 12345678901234567n, log);
    const answer = await first.exposures(world.cases[0], 3, world.now);
    await first.close();

    const second = await ready();
    try {
      expect(await second.position()).toBe(12345678901234567n);
      expect(await second.checkpoint()).toEqual({ position: 12345678901234567n, log });
      expect(await second.exposures(world.cases[0], 3, world.now)).toEqual(answer);
    } finally {
      await second.close();
    }
  });

  it('stores times as Cypher integers (the range index compares them as such)', async () => {
    const graph = await ready();
    const driver = neo4j.driver(conn.url, neo4j.auth.basic(conn.user, conn.password));
    try {
      await graph.clear();
      const world = randomWorld(9, { persons: 10, venues: 2, days: 2 });
      const { registrations, rest } = worldFacts(world);
      await graph.apply([...registrations, ...rest], 1n);
      const { records } = await driver.executeQuery(`
        MATCH (n) WHERE n:Visit OR n:Check OR n:Contact OR n:Test OR n:Order
        UNWIND [n.start, n.end, n.at, n.from, n.to, n.sampledAt] AS time
        WITH time WHERE time IS NOT NULL
        RETURN collect(DISTINCT valueType(time)) AS types, count(*) AS times`);
      expect(records[0].get('types')).toEqual(['INTEGER NOT NULL']);
      expect(records[0].get('times').toNumber()).toBeGreaterThan(100);
    } finally {
      await driver.close();
      await graph.close();
    }
  });
}

describe('neo4j contact graph without a server', () => {
  const down = () => new Neo4jContactGraph({ ...conn, url: 'bolt://127.0.0.1:1' }, CONTRACT_RULES);

  it('reports unhealthy with the reason, and fails queries and writes with UnavailableError', async () => {
    const graph = down();
    try {
      const health = await graph.health();
      expect(health.ok).toBe(false);
      expect(health.detail).toMatch(/127\.0\.0\.1:1/);
      await expect(graph.exposures('A', 3, Date.now())).rejects.toBeInstanceOf(UnavailableError);
      await expect(graph.apply([], 1n)).rejects.toBeInstanceOf(UnavailableError);
      await expect(graph.init()).rejects.toBeInstanceOf(UnavailableError);
    } finally {
      await graph.close();
    }
  });
});
