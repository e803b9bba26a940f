import { ConflictError, NotFoundError } from '../errors.js';

/** What a stream knows about a fact a correction voids. */
export interface VoidableFact {
  /** The fact is in the stream (retention may have dropped it). */
  held: boolean;
  /** The reason it was voided with, or null while it counts. */
  voidedWith: string | null;
}

/**
 * Whether a void is new (true) or the same void again (false: nothing to record, same answer).
 * A fact the stream does not hold is 404; a fact already voided for another reason is 409: the
 * first correction stands, and a second reason would rewrite why the record changed.
 */
export function isNewVoid(what: string, id: string, fact: VoidableFact, reason: string): boolean {
  if (!fact.held) throw new NotFoundError(what, id);
  if (fact.voidedWith === null) return true;
  if (fact.voidedWith === reason) return false;
  throw new ConflictError(`${what} ${id} was already voided for another reason: ${fact.voidedWith}`);
}
