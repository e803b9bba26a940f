import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  END,
  KurrentDBClient,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  NO_STREAM,
} from '@kurrent/kurrentdb-client';
import {
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '../event-store.port.js';
import { validatedEventIds } from '../append-validation.js';
import { exactRetry } from '../idempotency.js';
import { SubscriptionSet } from '../subscription/subscription-set.js';
import type { Backoff } from '../subscription/waits.js';
import { followAll } from './follow-all.js';
import { toEventData, toReadPosition, toStoredEvent, toStreamState } from './mapping.js';

/**
 * The log's identity is the first metadata event of this (otherwise empty) stream, i.e. the first
 * event of its metastream `$$log-identity`: a `$metadata` event, which reads and subscriptions of
 * the log skip like every system event, so no read model ever sees it.
 */
const IDENTITY_METASTREAM = '$$log-identity';

/**
 * Either a connection string (e.g. `kurrentdb://localhost:2113?tls=false`, or `esdb://...` for
 * EventStoreDB), or a client built elsewhere (shared, or a test double), which close() disposes.
 */
export type EventStoreDbOptions = EventStoreDbTuning & ({ connectionString: string } | { client: KurrentDBClient });

export interface EventStoreDbTuning {
  /**
   * How many of a stream's latest events an append searches for its event ids, to answer an exact
   * retry with `appended: false` and to refuse ids reused in the stream. A retry older than that
   * still writes nothing when it gives a revision (the server's own idempotency), but answers
   * `appended: true`.
   */
  idempotencyWindow?: number;
  /** Delays between attempts to subscribe again after the server went away. */
  resubscribe?: Partial<Backoff>;
  /** Bound on health() against a server that does not answer. */
  healthTimeoutMs?: number;
  /** Retention: each new stream of these categories gets `$maxAge`, so the server drops old events. */
  maxAge?: { categories: readonly string[]; seconds: number };
}

/**
 * The production event store on EventStoreDB / KurrentDB.
 *
 * Event ids must be UUIDs (the server's event ids): callers derive deterministic UUIDs from
 * idempotency keys so that a retried request carries the same ids and the server writes it once.
 * Known limit: two identical appends racing each other both answer `appended: true` (the server
 * writes the events once; it does not tell which call did).
 */
export class EventStoreDbEventStore implements EventStore {
  readonly adapter = 'eventstoredb';
  private readonly client: KurrentDBClient;
  private readonly window: number;
  private readonly backoff: Backoff;
  private readonly healthTimeoutMs: number;
  private readonly maxAge: EventStoreDbTuning['maxAge'];
  private readonly subscriptions = new SubscriptionSet();

  constructor(options: EventStoreDbOptions | string) {
    const o: EventStoreDbOptions = typeof options === 'string' ? { connectionString: options } : options;
    this.client = 'client' in o ? o.client : KurrentDBClient.connectionString(o.connectionString);
    this.window = o.idempotencyWindow ?? 1000;
    this.backoff = { minDelayMs: 100, maxDelayMs: 10_000, ...o.resubscribe };
    this.healthTimeoutMs = o.healthTimeoutMs ?? 3000;
    this.maxAge = o.maxAge;
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const ids = validatedEventIds(streamId, events);
    const wanted = new Set(ids);
    const tail = await this.readTail(streamId);
    const stored = tail
      .map((e) => ({ ...e, eventId: e.metadata.eventId.toLowerCase() }))
      .filter((e) => wanted.has(e.eventId));
    const retry = exactRetry(streamId, ids, stored);
    if (retry) return { ...retry, appended: false };

    let nextRevision: number;
    try {
      const result = await this.client.appendToStream(streamId, events.map(toEventData), {
        streamState: toStreamState(expected),
      });
      nextRevision = Number(result.nextExpectedRevision);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const actual = error.actualState === NO_STREAM ? 'no-stream' : Number(error.actualState);
      throw new WrongExpectedRevisionError(streamId, expected, actual);
    }
    if (nextRevision + 1 === events.length) await this.limitAge(streamId);
    // The append's answer carries a log position, but not reliably the last event's own $all
    // position, which is what read-your-writes compares checkpoints with: read it back.
    return { nextRevision, position: await this.positionAt(streamId, nextRevision), appended: true };
  }

  /** A stream's first append sets its retention, once: metadata needs no repeating. */
  private async limitAge(streamId: string): Promise<void> {
    const category = streamId.slice(0, streamId.indexOf('-'));
    if (this.maxAge?.categories.includes(category)) await this.setMaxAge(streamId, this.maxAge.seconds);
  }

  /** The stream's latest events, oldest first; empty when the stream does not exist. */
  private async readTail(streamId: string): Promise<StoredEvent[]> {
    const latest = this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: this.window });
    return (await this.collect(latest)).reverse();
  }

  private async positionAt(streamId: string, revision: number): Promise<bigint> {
    const read = this.client.readStream(streamId, { fromRevision: BigInt(revision), maxCount: 1 });
    const [event] = await this.collect(read);
    if (!event) throw new Error(`${streamId}@${revision} was appended but cannot be read back`);
    return event.position;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const from = options.fromRevision ?? 0;
    return this.collect(this.client.readStream(streamId, from > 0 ? { fromRevision: BigInt(from) } : {}));
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const after = options.after ?? null;
    const limit = options.limit ?? Number.MAX_SAFE_INTEGER;
    const out: StoredEvent[] = [];
    if (limit <= 0) return out;
    // A read from a position includes the event there: one more, and skip it.
    const events = this.client.readAll({
      fromPosition: toReadPosition(after),
      filter: excludeSystemEvents(),
      maxCount: Math.min(limit + 1, Number.MAX_SAFE_INTEGER),
    });
    for await (const resolved of events) {
      const event = toStoredEvent(resolved);
      if (!event || (after !== null && event.position <= after)) continue;
      out.push(event);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The last event of ours, not of the server: projections never see system events. */
  async headPosition(): Promise<bigint | null> {
    const events = this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      filter: excludeSystemEvents(),
      maxCount: 1,
    });
    for await (const resolved of events) {
      const event = toStoredEvent(resolved);
      if (event) return event.position;
    }
    return null;
  }

  /**
   * The server has no creation hook for us: the first caller on a log without an identity writes
   * one, expecting the metastream not to exist, so that of two racing first callers one wins and
   * both answer its id. Not cached: a client reconnected to another server must not keep the old id.
   */
  async logId(): Promise<string> {
    const existing = await this.readLogId();
    if (existing !== null) return existing;
    const data = { logId: randomUUID(), createdAt: new Date().toISOString() };
    try {
      await this.client.appendToStream(IDENTITY_METASTREAM, jsonEvent({ type: '$metadata', data }), { streamState: NO_STREAM });
    } catch (error) {
      // Another process gave the log its identity first: that one holds.
      if (!(error instanceof WrongExpectedVersionError)) throw error;
    }
    const created = await this.readLogId();
    if (created === null) throw new Error(`${IDENTITY_METASTREAM} holds no log id after it was written`);
    return created;
  }

  private async readLogId(): Promise<string | null> {
    try {
      for await (const resolved of this.client.readStream(IDENTITY_METASTREAM, { fromRevision: START, maxCount: 1 })) {
        const data: unknown = resolved.event?.data;
        const logId = data !== null && typeof data === 'object' ? (data as { logId?: unknown }).logId : undefined;
        return typeof logId === 'string' ? logId : null;
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return null;
  }

  /** Reads `$all` from the position (a read from a position includes the event there) and checks it is that one. */
  async eventIdAt(position: bigint): Promise<string | null> {
    const events = this.client.readAll({ fromPosition: toReadPosition(position), filter: excludeSystemEvents(), maxCount: 1 });
    for await (const resolved of events) {
      const event = toStoredEvent(resolved);
      return event !== null && event.position === position ? event.metadata.eventId : null;
    }
    return null;
  }

  subscribe(options: SubscribeOptions): Subscription {
    return this.subscriptions.start(options, (ctx) => followAll(this.client, ctx, this.backoff));
  }

  /**
   * Retention on EventStoreDB is the server's: `$maxAge` on each movement stream (see setMaxAge)
   * hides expired events at once and scavenging reclaims them. Deleting events one by one is not
   * possible there, so this deletes nothing.
   */
  async purgeBefore(_categories: string[], _cutoff: Date): Promise<number> {
    return 0;
  }

  /** Sets `$maxAge` on a stream, e.g. every `checkins-<personId>` stream when it is created. */
  async setMaxAge(streamId: string, seconds: number): Promise<void> {
    await this.client.setStreamMetadata(streamId, { maxAge: seconds });
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.healthTimeoutMs} ms`)), this.healthTimeoutMs);
    });
    try {
      await Promise.race([this.headPosition(), timeout]);
      return { ok: true };
    } catch (error) {
      return { ok: false, detail: String(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.subscriptions.stopAll();
    await this.client.dispose();
  }

  private async collect(events: AsyncIterable<Parameters<typeof toStoredEvent>[0]>): Promise<StoredEvent[]> {
    const out: StoredEvent[] = [];
    try {
      for await (const resolved of events) {
        const event = toStoredEvent(resolved);
        if (event) out.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return out;
      throw error;
    }
    return out;
  }
}
