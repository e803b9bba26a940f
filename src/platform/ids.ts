import { createHash, randomUUID } from 'node:crypto';

/** Ids a client may choose (DESIGN.md section 4). */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

const NAMESPACE = 'exposure-service/v1';

/**
 * A name-based (version 5 style) UUID: the same idempotency key always yields the same event id,
 * so a retried request appends nothing new in any event store.
 */
export function deterministicUuid(name: string): string {
  const h = createHash('sha1').update(NAMESPACE).update('\0').update(name).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newId(): string {
  return randomUUID();
}
