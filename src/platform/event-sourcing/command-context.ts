/** Who asked for a change and why: becomes the events' metadata. */
export interface CommandContext {
  actor: string;
  correlationId: string;
  /** The client's idempotency key (an id it chose, or an Idempotency-Key header), if any. */
  idempotencyKey?: string;
}
