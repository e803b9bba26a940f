import { EventIdConflictError } from './errors.js';

/** Where an event id of an append is already stored. */
export interface StoredId {
  eventId: string;
  streamId: string;
  revision: number;
  position: bigint;
}

export interface ExactRetry {
  nextRevision: number;
  position: bigint;
}

/**
 * Decides what an append means given which of its ids (lower-cased, in append order) are stored.
 * - none stored: a new append (null);
 * - all stored, in this stream, at consecutive revisions in the same order: an exact retry of an
 *   earlier append, answered with that append's result and without checking the expected revision
 *   (the retry of a request that succeeded must not fail because the stream moved on);
 * - anything else: an EventIdConflictError.
 */
export function exactRetry(streamId: string, ids: string[], stored: StoredId[]): ExactRetry | null {
  if (stored.length === 0) return null;
  const byId = new Map(stored.map((s) => [s.eventId, s]));
  const found = ids.map((id) => byId.get(id));
  const first = found[0];
  const isRetry =
    first !== undefined &&
    found.every((s, i) => s !== undefined && s.streamId === streamId && s.revision === first.revision + i);
  if (!isRetry) {
    const reused = stored.map((s) => s.eventId);
    const elsewhere = stored.find((s) => s.streamId !== streamId);
    const reason = elsewhere
      ? `are already used in stream ${elsewhere.streamId}`
      : 'are already in the stream, but this append is not an exact retry of the one that stored them';
    throw new EventIdConflictError(streamId, reused, reason);
  }
  const last = found[found.length - 1]!;
  return { nextRevision: last.revision, position: last.position };
}
