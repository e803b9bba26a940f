/** The event log: the only source of truth (DESIGN.md section 1). */

export interface EventMetadata {
  eventId: string;
  correlationId: string;
  causationId: string;
  actor: string;
  /** ISO 8601 UTC instant at which the service accepted the event. */
  recordedAt: string;
}

export interface NewEvent<T = Record<string, unknown>> {
  /** Explicit, stable name, e.g. `CheckedIn`; never derived from a class name. */
  type: string;
  schemaVersion: number;
  data: T;
  metadata: EventMetadata;
}

export interface StoredEvent<T = Record<string, unknown>> extends NewEvent<T> {
  streamId: string;
  /** 0-based position of the event inside its stream. */
  revision: number;
  /** Position in the global log; strictly increasing in append order. */
  position: bigint;
}

/** `'no-stream'`: the stream must not exist; `'any'`: no check; a number: the stream's last revision. */
export type ExpectedRevision = 'any' | 'no-stream' | number;

export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  nextRevision: number;
  /** Global position of the last event written, or of the existing event on an idempotent retry. */
  position: bigint;
  /** False when every event id was already in the log: the retry appended nothing. */
  appended: boolean;
}

export interface ReadAllOptions {
  /** Exclusive lower bound: events strictly after this position. */
  after?: bigint | null;
  limit?: number;
}

export interface ReadStreamOptions {
  /** Inclusive: a reader that folded a stream up to revision r asks for r + 1 to get only what came since. */
  fromRevision?: number;
}

export interface StreamRead extends ReadStreamOptions {
  streamId: string;
}

export interface Subscription {
  stop(): Promise<void>;
  /** Settles when the subscription stops; rejects when it stopped on an error. */
  readonly done: Promise<void>;
}

export interface SubscribeOptions {
  /** Name used in logs and errors. */
  name: string;
  /** Resume strictly after this position (null: from the beginning). */
  after: bigint | null;
  /** Called with events in log order; the next batch waits for the returned promise. */
  handle(events: StoredEvent[]): Promise<void>;
  batchSize?: number;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no-stream',
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, found ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

export interface EventStore {
  readonly adapter: string;
  append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /**
   * Appends to several streams at once: each stream's append is atomic and checked on its own (a
   * failed one is answered with its error, in order); a store that can makes them durable together.
   */
  appendMany?(batch: { streamId: string; events: NewEvent[]; expected: ExpectedRevision }[]): Promise<(AppendResult | Error)[]>;
  /**
   * The stream in revision order, from `fromRevision` (default 0) on; empty when it does not exist
   * or holds nothing from there.
   */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Several streams, each as readStream would answer it, in the order asked; a store that can reads them in one go. */
  readStreams?(requests: StreamRead[]): Promise<StoredEvent[][]>;
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** Position of the last event in the log, or null when the log is empty. */
  headPosition(): Promise<bigint | null>;
  /**
   * The log's identity: a random id the log got when it was created, kept in the log itself. The
   * same for every reader of the same log, across restarts; another log has another.
   */
  logId(): Promise<string>;
  /** The id of the event at `position`, or null when no event of ours is there (none ever was, or retention deleted it). */
  eventIdAt(position: bigint): Promise<string | null>;
  /** Catch-up subscription: replays from `after`, then follows live appends. */
  subscribe(options: SubscribeOptions): Subscription;
  /** Deletes movement events older than the cut-off from streams of the given categories. */
  purgeBefore?(categories: string[], cutoff: Date): Promise<number>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
