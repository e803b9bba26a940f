/**
 * Errors shared by every adapter, beside the port's WrongExpectedRevisionError. They live outside
 * the port file so that adding them does not touch the interfaces other modules code against.
 */

/** The events given to `append` are unusable whatever the log holds (empty batch, bad id, ...). */
export class InvalidEventsError extends Error {
  constructor(
    readonly streamId: string,
    reason: string,
  ) {
    super(`append to ${streamId}: ${reason}`);
    this.name = 'InvalidEventsError';
  }
}

/**
 * Some event ids of an append are already stored, but the append is not an exact retry of an
 * earlier one (only part of the ids, another order, or another stream). Appending would either
 * duplicate a fact or silently drop part of the request, so it is refused.
 */
export class EventIdConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventIds: string[],
    reason: string,
  ) {
    super(`append to ${streamId}: event ids ${eventIds.join(', ')} ${reason}`);
    this.name = 'EventIdConflictError';
  }
}
