import type { LogCheckpoint, LogIdentity } from '../event-store/log-identity.js';

/**
 * Where a subscription resumes: the log position of the last batch it fully handled, with the
 * identity of the log there (so that a subscription started on another log can tell). Reactors
 * and outboxes write their effects elsewhere (the event store, a broker), so their checkpoint is
 * saved after the effect: a crash in between repeats the batch, which their idempotency absorbs.
 */
export interface CheckpointStore {
  readonly adapter: string;
  /** The saved checkpoint, or null when the subscription never completed a batch. */
  load(name: string): Promise<LogCheckpoint | null>;
  /** The position and the identity of the log there, saved together; durable once resolved. */
  save(name: string, position: bigint, log: LogIdentity): Promise<void>;
  /** Forgets the position: the subscription replays the log from its beginning. */
  reset(name: string): Promise<void>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}

export const CHECKPOINT_STORE = Symbol('CHECKPOINT_STORE');
