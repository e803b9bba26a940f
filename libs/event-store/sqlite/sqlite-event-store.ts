import { EventEmitter } from 'node:events';
import type Database from 'better-sqlite3';
import { openSqlite, sqliteHealth } from '../../sqlite/open-sqlite.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StreamRead,
  StoredEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port.js';
import { validatedEventIds } from '../append-validation.js';
import { exactRetry, type StoredId } from '../idempotency.js';
import type { CatchUpContext } from '../subscription/catch-up-subscription.js';
import { SubscriptionSet } from '../subscription/subscription-set.js';
import { nextEvent } from '../subscription/waits.js';
import { BatchPrefetch } from './batch-prefetch.js';
import { checkExpectedRevision } from './expected-revision.js';
import { RecentEvents } from './recent-events.js';
import { openSchema } from './schema.js';
import { EVENT_COLUMNS, type EventRow, recordedAtMs, toStoredEvent } from './rows.js';

export interface SqliteEventStoreOptions {
  /** Database file; created with its directory when missing. `:memory:` for tests. */
  file: string;
  /** How often a caught-up subscription looks for appends made by other connections. */
  pollIntervalMs?: number;
  /** How long an append waits for another process's write lock before failing. */
  busyTimeoutMs?: number;
}

const APPENDED = 'appended';

/**
 * The embedded event store: one SQLite file, one transaction per append. better-sqlite3 is
 * synchronous, so appends of this process are serialized by the event loop and those of other
 * processes by SQLite's write lock (`BEGIN IMMEDIATE`).
 */
export class SqliteEventStore implements EventStore {
  readonly adapter = 'sqlite';
  private readonly db: Database.Database;
  private readonly pollIntervalMs: number;
  /** Wakes this process's caught-up subscriptions at once; others' appends are found by polling. */
  private readonly appends = new EventEmitter().setMaxListeners(0);
  private readonly subscriptions = new SubscriptionSet();
  /** What one subscription read of the head, for the others (they all read each append). */
  private readonly recent = new RecentEvents();
  private readonly sql;
  /** Read once: the file's identity never changes while it is open. */
  private readonly id: string;

  constructor(options: SqliteEventStoreOptions) {
    // FULL: an acknowledged append survives a power loss.
    this.db = openSqlite(options.file, { synchronous: 'FULL', busyTimeoutMs: options.busyTimeoutMs });
    // Appends dirty index pages all over the file, and the same ones again batch after batch: a
    // checkpoint every ~40 MB of log rather than ~4 MB copies each of them once for many commits.
    // Durability is the log's (every commit syncs it), not the checkpoint's.
    this.db.pragma('wal_autocheckpoint = 10000');
    this.id = openSchema(this.db);
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.sql = {
      storedIds: this.db.prepare<[string], { event_id: string; stream_id: string; revision: bigint; position: bigint }>(
        'SELECT event_id, stream_id, revision, position FROM events WHERE event_id IN (SELECT value FROM json_each(?))',
      ),
      streamRevision: this.db.prepare<[string], { revision: bigint }>('SELECT revision FROM streams WHERE stream_id = ?'),
      streamRevisions: this.db.prepare<[string], { stream_id: string; revision: bigint }>(
        'SELECT stream_id, revision FROM streams WHERE stream_id IN (SELECT value FROM json_each(?))',
      ),
      insert: this.db.prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      setRevision: this.db.prepare(
        `INSERT INTO streams (stream_id, revision) VALUES (?, ?)
         ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision`,
      ),
      readStream: this.db.prepare<[string, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision`,
      ),
      // Each request is one lookup of the (stream_id, revision) index.
      readStreams: this.db.prepare<[string], EventRow & { request: bigint }>(
        `WITH wanted (request, stream, since) AS (SELECT key, value ->> 0, value ->> 1 FROM json_each(?))
         SELECT request, ${EVENT_COLUMNS} FROM wanted JOIN events ON stream_id = stream AND revision >= since
         ORDER BY request, revision`,
      ),
      readAll: this.db.prepare<[bigint, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      ),
      head: this.db.prepare<[], { position: bigint | null }>('SELECT MAX(position) AS position FROM events'),
      eventIdAt: this.db.prepare<[bigint], { event_id: string }>('SELECT event_id FROM events WHERE position = ?'),
    };
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const ids = validatedEventIds(streamId, events);
    const result = this.db.transaction(() => this.appendInTransaction(streamId, events, ids, expected)).immediate();
    if (result.appended) this.appends.emit(APPENDED);
    return result;
  }

  /**
   * Every stream in one transaction, so one disk sync covers the batch; each stream's append is a
   * savepoint of its own, so a refused one is rolled back alone and answered with its error. What
   * the appends must know before writing is read once for the batch (BatchPrefetch).
   */
  async appendMany(batch: { streamId: string; events: NewEvent[]; expected: ExpectedRevision }[]): Promise<(AppendResult | Error)[]> {
    const one = this.db.transaction((streamId: string, events: NewEvent[], ids: string[], expected: ExpectedRevision, prefetch: BatchPrefetch) =>
      this.appendInTransaction(streamId, events, ids, expected, prefetch),
    );
    const results = this.db
      .transaction(() => {
        const ids = batch.map(({ streamId, events }) => attempt(() => validatedEventIds(streamId, events)));
        const prefetch = this.prefetch(
          batch.map((b) => b.streamId),
          ids.flatMap((i) => (i instanceof Error ? [] : i)),
        );
        return batch.map(({ streamId, events, expected }, i) => {
          const streamIds = ids[i];
          return streamIds instanceof Error ? streamIds : attempt(() => one(streamId, events, streamIds, expected, prefetch));
        });
      })
      .immediate();
    if (results.some((r) => !(r instanceof Error) && r.appended)) this.appends.emit(APPENDED);
    return results;
  }

  private prefetch(streamIds: string[], eventIds: string[]): BatchPrefetch {
    const stored = new Set(this.sql.storedIds.all(JSON.stringify(eventIds)).map((r) => r.event_id));
    const revisions = new Map(this.sql.streamRevisions.all(JSON.stringify(streamIds)).map((r) => [r.stream_id, Number(r.revision)]));
    return new BatchPrefetch(stored, revisions);
  }

  private appendInTransaction(
    streamId: string,
    events: NewEvent[],
    ids: string[],
    expected: ExpectedRevision,
    prefetch?: BatchPrefetch,
  ): AppendResult {
    const stored = prefetch?.noneStored(ids) ? [] : this.storedIdsOf(ids);
    const retry = exactRetry(streamId, ids, stored);
    if (retry) return { ...retry, appended: false };

    const current = prefetch?.revisionBefore(streamId) ?? this.revisionOf(streamId);
    checkExpectedRevision(streamId, expected, current);

    let revision = current === 'no-stream' ? -1 : current;
    let position = 0n;
    events.forEach((event, i) => {
      revision += 1;
      const info = this.sql.insert.run(
        ids[i],
        streamId,
        revision,
        event.type,
        event.schemaVersion,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        recordedAtMs(event.metadata.recordedAt),
      );
      position = BigInt(info.lastInsertRowid);
    });
    this.sql.setRevision.run(streamId, revision);
    return { nextRevision: revision, position, appended: true };
  }

  private storedIdsOf(ids: string[]): StoredId[] {
    return this.sql.storedIds.all(JSON.stringify(ids)).map((r) => ({
      eventId: r.event_id,
      streamId: r.stream_id,
      revision: Number(r.revision),
      position: r.position,
    }));
  }

  private revisionOf(streamId: string): number | 'no-stream' {
    const row = this.sql.streamRevision.get(streamId);
    return row ? Number(row.revision) : 'no-stream';
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    return this.sql.readStream.all(streamId, options.fromRevision ?? 0).map(toStoredEvent);
  }

  async readStreams(requests: StreamRead[]): Promise<StoredEvent[][]> {
    const out: StoredEvent[][] = requests.map(() => []);
    const rows = this.sql.readStreams.all(JSON.stringify(requests.map((r) => [r.streamId, r.fromRevision ?? 0])));
    for (const row of rows) out[Number(row.request)].push(toStoredEvent(row));
    return out;
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return this.readAfter(options.after ?? null, options.limit ?? -1);
  }

  private readAfter(after: bigint | null, limit: number): StoredEvent[] {
    return this.sql.readAll.all(after ?? 0n, limit).map(toStoredEvent);
  }

  private readShared(after: bigint | null, limit: number): StoredEvent[] {
    const recent = this.recent.after(after, limit);
    if (recent) return recent;
    const read = this.readAfter(after, limit);
    this.recent.add(after, limit, read);
    return read;
  }

  async headPosition(): Promise<bigint | null> {
    return this.sql.head.get()?.position ?? null;
  }

  async logId(): Promise<string> {
    return this.id;
  }

  async eventIdAt(position: bigint): Promise<string | null> {
    return this.sql.eventIdAt.get(position)?.event_id ?? null;
  }

  subscribe(options: SubscribeOptions): Subscription {
    return this.subscriptions.start(options, (ctx) => this.follow(ctx));
  }

  /** Reads batches after the checkpoint; when caught up, sleeps until an append or the next poll. */
  private async follow(ctx: CatchUpContext): Promise<void> {
    while (!ctx.signal.aborted) {
      const batch = this.readShared(ctx.checkpoint, ctx.batchSize);
      if (batch.length > 0) await ctx.deliver(batch);
      else await nextEvent(this.appends, APPENDED, this.pollIntervalMs, ctx.signal);
    }
  }

  /**
   * Retention: deletes the events of streams `<category>-...` whose `metadata.recordedAt` is
   * before `cutoff`. Streams of other categories (case records) are never touched, and the
   * `streams` table keeps each stream's revision so that later appends never reuse one.
   */
  async purgeBefore(categories: string[], cutoff: Date): Promise<number> {
    // A prefix comparison, not LIKE: `_` in a category name must not act as a wildcard.
    const purge = this.db.prepare<[{ prefix: string; cutoff: number }]>(
      'DELETE FROM events WHERE substr(stream_id, 1, length(@prefix)) = @prefix AND recorded_at < @cutoff',
    );
    const cutoffMs = cutoff.getTime();
    const removed = this.db
      .transaction(() =>
        categories.reduce((count, c) => count + purge.run({ prefix: `${c}-`, cutoff: cutoffMs }).changes, 0),
      )
      .immediate();
    if (removed > 0) this.recent.clear();
    return removed;
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    return sqliteHealth(this.db);
  }

  /** Stops this store's subscriptions (each finishes the batch in hand), then closes the file. */
  async close(): Promise<void> {
    await this.subscriptions.stopAll();
    if (this.db.open) this.db.close();
  }
}

function attempt<T>(work: () => T): T | Error {
  try {
    return work();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
