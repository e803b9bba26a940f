import { Readable } from 'node:stream';
import {
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult,
  type AppendStreamState,
  type EventData,
  type KurrentDBClient,
  type Position,
  type ReadPosition,
} from '@kurrent/kurrentdb-client';

/**
 * An in-memory imitation of the few KurrentDB client calls the adapter makes, with the server's
 * rules as documented: expected-version checks, event-id idempotency at the expected revision,
 * inclusive $all reads and exclusive subscriptions from a position, unique commit positions,
 * system events in $all. It exists to exercise the adapter's own logic (mapping, retries,
 * batching, re-subscription) on a machine without a server. It proves nothing about the server:
 * the real contract run is eventstoredb.contract.spec.ts.
 */
interface Rec {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  data: unknown;
  metadata: unknown;
  isJson: true;
  created: Date;
  position: Position;
}

export class FakeKurrentDbClient {
  private readonly log: Rec[] = [];
  private readonly streams = new Map<string, Rec[]>();
  private readonly live = new Set<FakeSubscription>();
  private nextPosition = 1000n;
  subscribeCalls = 0;

  asClient(): KurrentDBClient {
    return this as unknown as KurrentDBClient;
  }

  /** Simulates the server going away: every open subscription fails as a broken connection would. */
  dropSubscriptions(): void {
    for (const s of this.live) s.destroy(new Error('14 UNAVAILABLE: Connection dropped'));
    this.live.clear();
  }

  async appendToStream(streamName: string, events: EventData[], options: { streamState?: AppendStreamState } = {}): Promise<AppendResult> {
    await Promise.resolve();
    const state = options.streamState ?? 'any';
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
    const start = state === NO_STREAM ? 0 : typeof state === 'bigint' ? Number(state) + 1 : undefined;
    const already = start === undefined ? [] : stream.slice(start, start + events.length);
    if (already.length === events.length && already.every((r, i) => r.id === events[i]!.id)) {
      const last = already[already.length - 1]!;
      return { success: true, nextExpectedRevision: last.revision, position: last.position };
    }
    if (state !== 'any' && state !== current) {
      throw new WrongExpectedVersionError(undefined, { streamName, current, expected: state });
    }
    for (const e of events) {
      const rec: Rec = {
        streamId: streamName,
        id: e.id,
        type: e.type,
        revision: BigInt(stream.length),
        data: e.data,
        metadata: e.metadata,
        isJson: true,
        created: new Date(),
        position: this.take(),
      };
      stream.push(rec);
      this.log.push(rec);
      // The server writes its own events into $all too (links of the standard projections).
      this.log.push({ ...rec, streamId: `$ce-${streamName.split('-')[0]}`, type: '$>', position: this.take() });
    }
    this.streams.set(streamName, stream);
    for (const s of this.live) s.offer();
    // The answer's position is the first event's: callers must not take it for the last one's.
    return { success: true, nextExpectedRevision: BigInt(stream.length - 1), position: stream[stream.length - events.length]!.position };
  }

  readStream(streamName: string, o: { direction?: string; fromRevision?: bigint | typeof START | typeof END; maxCount?: number } = {}) {
    const stream = this.streams.get(streamName);
    const backwards = o.direction === BACKWARDS;
    return (async function* () {
      await Promise.resolve();
      if (!stream) throw new StreamNotFoundError(undefined, streamName);
      let recs = backwards ? [...stream].reverse() : stream;
      if (typeof o.fromRevision === 'bigint') {
        const from = o.fromRevision;
        recs = recs.filter((r) => (backwards ? r.revision <= from : r.revision >= from));
      }
      for (const r of recs.slice(0, o.maxCount ?? Infinity)) yield { event: { ...r } };
    })();
  }

  readAll(o: { direction?: string; fromPosition?: ReadPosition; maxCount?: number; filter?: unknown } = {}) {
    const backwards = o.direction === BACKWARDS;
    const from = o.fromPosition ?? (backwards ? END : START);
    let recs = backwards ? [...this.log].reverse() : [...this.log];
    if (typeof from === 'object') recs = recs.filter((r) => (backwards ? r.position.commit < from.commit : r.position.commit >= from.commit));
    if (o.filter) recs = recs.filter((r) => !r.type.startsWith('$'));
    const limited = recs.slice(0, o.maxCount ?? Infinity);
    return (async function* () {
      await Promise.resolve();
      for (const r of limited) yield { event: { ...r }, commitPosition: r.position.commit } as AllStreamResolvedEvent;
    })();
  }

  subscribeToAll(o: { fromPosition?: ReadPosition; filter?: unknown } = {}) {
    this.subscribeCalls += 1;
    const from = o.fromPosition ?? START;
    const after = typeof from === 'object' ? from.commit : from === END ? this.nextPosition : -1n;
    const subscription = new FakeSubscription(this.log, after, Boolean(o.filter), () => this.live.delete(subscription));
    this.live.add(subscription);
    subscription.offer();
    return subscription;
  }

  async setStreamMetadata(streamName: string, metadata: unknown) {
    return this.appendToStream(`$$${streamName}`, [{ id: crypto.randomUUID(), type: '$metadata', data: metadata, metadata: undefined, contentType: 'application/json' } as EventData]);
  }

  async dispose(): Promise<void> {
    for (const s of this.live) s.destroy();
  }

  private take(): Position {
    const p = (this.nextPosition += 137n);
    return { commit: p, prepare: p };
  }
}

class FakeSubscription extends Readable {
  constructor(
    private readonly log: Rec[],
    private after: bigint,
    private readonly filtered: boolean,
    private readonly onEnd: () => void,
  ) {
    super({ objectMode: true, read: () => undefined });
  }

  offer(): void {
    for (const r of this.log) {
      if (r.position.commit <= this.after) continue;
      this.after = r.position.commit;
      if (this.filtered && r.type.startsWith('$')) continue;
      this.push({ event: { ...r }, commitPosition: r.position.commit });
    }
  }

  async unsubscribe(): Promise<void> {
    this.onEnd();
    this.push(null);
  }
}
