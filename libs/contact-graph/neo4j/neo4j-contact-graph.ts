import neo4j, { type BookmarkManager, type Driver, type Session } from 'neo4j-driver';
import type { CaseInfo, ContactGraph, ExposureAnswer, GraphFact, IsolationView, MergedPair } from '../contact-graph.port.js';
import { caseInfoOf } from '../case-info.js';
import { windowEnd } from '../../exposure-rules/windows.js';
import type { RulesConfig } from '../../exposure-rules/types.js';
import type { LogCheckpoint, LogIdentity } from '../../event-store/log-identity.js';
import { applyBatch } from './apply-batch.js';
import { attemptTwice, inTransaction } from './attempt-twice.js';
import { readCheckpoint } from './checkpoint.js';
import { clearGraph } from './clear.js';
import type { CypherRunner } from './cypher-runner.js';
import { exposureChains } from './exposure-chains.js';
import { forgetBefore } from './forget.js';
import { readMerges } from './merge-cypher.js';
import * as reads from './reads.js';
import { ensureSchema } from './schema.js';
import { guarded } from './unavailable.js';

export interface Neo4jConnection {
  url: string;
  user: string;
  password: string;
}

export interface Neo4jOptions {
  database?: string;
}

/**
 * The production contact graph: the same facts and answers as the embedded index, kept in Neo4j
 * (model and query plan: docs/neo4j-query-plan.md). Visits are derived by the pure rules when
 * checks arrive; the exposure rules run in Cypher, one query per level.
 */
export class Neo4jContactGraph implements ContactGraph {
  readonly adapter = 'neo4j';
  private readonly driver: Driver;
  private readonly database: string | undefined;
  /**
   * Shared by every session of this instance, so each transaction sees the writes committed
   * before it (causal consistency): on a cluster a query after a batch must not read a follower
   * that has not applied the batch yet, or read-your-writes would break.
   */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  constructor(
    private readonly conn: Neo4jConnection,
    private readonly cfg: RulesConfig,
    options: Neo4jOptions = {},
  ) {
    this.database = options.database;
    this.driver = neo4j.driver(conn.url, neo4j.auth.basic(conn.user, conn.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
    });
  }

  async init(): Promise<void> {
    await guarded('init', async () => {
      await this.driver.verifyConnectivity({ database: this.database });
      const session = this.session('WRITE');
      try {
        await ensureSchema(session);
      } finally {
        await session.close();
      }
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async position(): Promise<bigint | null> {
    return (await this.read('position', readCheckpoint)).position;
  }

  async checkpoint(): Promise<LogCheckpoint | null> {
    return (await this.read('checkpoint', readCheckpoint)).checkpoint;
  }

  async apply(facts: GraphFact[], position: bigint, log?: LogIdentity): Promise<void> {
    await this.write('apply', (tx) => applyBatch(tx, facts, position, this.cfg, log));
  }

  async forgetBefore(cutoff: number): Promise<void> {
    await this.write('forgetBefore', (tx) => forgetBefore(tx, cutoff, this.cfg));
  }

  async clear(): Promise<void> {
    await guarded(
      'clear',
      async () => {
        const session = this.session('WRITE');
        try {
          await clearGraph(session);
        } finally {
          await session.close();
        }
      },
      this.reachable,
    );
  }

  async caseOf(personId: string): Promise<CaseInfo | null> {
    return caseInfoOf(personId, await this.read('caseOf', (tx) => reads.testsOf(tx, personId)), this.cfg);
  }

  async casesSince(since: number): Promise<CaseInfo[]> {
    const persons = await this.read('casesSince', reads.positivePersons);
    return persons
      .map(({ personId, tests }) => caseInfoOf(personId, tests, this.cfg))
      .filter((info): info is CaseInfo => info !== null && info.infectiousFrom >= since);
  }

  async exposures(caseId: string, depth: number, now: number): Promise<ExposureAnswer | null> {
    return this.read('exposures', async (tx) => {
      const info = caseInfoOf(caseId, await reads.testsOf(tx, caseId), this.cfg);
      if (!info) return null;
      const end = windowEnd(await reads.ordersOf(tx, caseId), info.infectiousFrom, now, 'other');
      const seed = { personId: caseId, infectiousFrom: info.infectiousFrom };
      return {
        case: { ...info, infectiousUntil: end < now ? end : null },
        exposures: await exposureChains(tx, seed, depth, now, this.cfg),
      };
    });
  }

  async isolationOrdersOf(personId: string): Promise<IsolationView[]> {
    return this.read('isolationOrdersOf', (tx) => reads.ordersOf(tx, personId));
  }

  async checkOwner(checkInId: string): Promise<string | null> {
    return this.read('checkOwner', (tx) => reads.checkOwner(tx, checkInId));
  }

  async orderOwner(orderId: string): Promise<string | null> {
    return this.read('orderOwner', (tx) => reads.orderOwner(tx, orderId));
  }

  async merges(): Promise<MergedPair[]> {
    return this.read('merges', readMerges);
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    try {
      const server = await this.driver.getServerInfo({ database: this.database });
      const position = await this.position();
      return { ok: true, detail: `${server.agent ?? 'neo4j'} at ${server.address ?? this.conn.url}, checkpoint ${String(position)}` };
    } catch (error) {
      return { ok: false, detail: `neo4j at ${this.conn.url}: ${(error as Error).message}` };
    }
  }

  private read<T>(what: string, work: (tx: CypherRunner) => Promise<T>): Promise<T> {
    return this.transaction(what, 'READ', work);
  }

  private write<T>(what: string, work: (tx: CypherRunner) => Promise<T>): Promise<T> {
    return this.transaction(what, 'WRITE', work);
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({ database: this.database, defaultAccessMode: mode, bookmarkManager: this.bookmarks });
  }

  /** One transaction, tried at most twice (see attemptTwice), so work must be re-runnable. */
  private transaction<T>(what: string, mode: 'READ' | 'WRITE', work: (tx: CypherRunner) => Promise<T>): Promise<T> {
    const attempt = async () => {
      const session = this.session(mode);
      try {
        return await inTransaction(session, work);
      } finally {
        await session.close();
      }
    };
    return guarded(what, () => attemptTwice(attempt, this.reachable), this.reachable);
  }

  private readonly reachable = (): Promise<boolean> =>
    this.driver.getServerInfo({ database: this.database }).then(
      () => true,
      () => false,
    );
}
