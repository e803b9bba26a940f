import { hash, randomUUID } from 'node:crypto';

/** Ids a client may choose (DESIGN.md section 4). */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

const NAMESPACE = 'exposure-service/v1';

/**
 * A name-based (version 5 style) UUID: the same idempotency key always yields the same event id,
 * so a retried request appends nothing new in any event store.
 */
export function deterministicUuid(name: string): string {
  // One-shot hash: half the cost of a Hash object, for a few ids per check-in and per alert.
  const h = hash('sha1', `${NAMESPACE}\0${name}`, 'buffer');
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newId(): string {
  return randomUUID();
}
