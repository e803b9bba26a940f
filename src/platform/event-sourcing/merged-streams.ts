import { NotFoundError } from '../errors.js';

/**
 * A fact of a merged human lives in the stream of the id it was recorded for: the kept person's
 * or one merged into them. Runs `attempt` on each id's stream in turn until one holds the fact
 * (does not answer NotFoundError); the last id's answer stands.
 */
export async function onStreamHolding<T>(personIds: readonly string[], attempt: (personId: string) => Promise<T>): Promise<T> {
  for (const [i, personId] of personIds.entries()) {
    try {
      return await attempt(personId);
    } catch (error) {
      if (!(error instanceof NotFoundError) || i === personIds.length - 1) throw error;
    }
  }
  throw new RangeError('onStreamHolding needs at least one person id');
}
