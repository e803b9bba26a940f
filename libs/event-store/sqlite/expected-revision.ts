import { type ExpectedRevision, WrongExpectedRevisionError } from '../event-store.port.js';

/** The same rules as EventStoreDB's expected version, checked inside the append's transaction. */
export function checkExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  current: number | 'no-stream',
): void {
  const ok = expected === 'any' || expected === current;
  if (!ok) throw new WrongExpectedRevisionError(streamId, expected, current);
}
