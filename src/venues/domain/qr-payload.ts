import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The venue's QR code carries `EXPV1:<venueId>:<signature>`: a gateway or phone cannot forge a
 * check-in at a venue it never scanned. The secret is injected, so this stays pure.
 */
const PREFIX = 'EXPV1';

export function signQrPayload(venueId: string, secret: string): string {
  return `${PREFIX}:${venueId}:${signature(venueId, secret)}`;
}

/** The venue id the payload names, or null when it is malformed or not signed by us. */
export function verifyQrPayload(payload: string, secret: string): string | null {
  const parts = payload.split(':');
  if (parts.length < 3 || parts[0] !== PREFIX) return null;
  const sig = parts[parts.length - 1];
  const venueId = parts.slice(1, -1).join(':');
  const expected = Buffer.from(signature(venueId, secret));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? venueId : null;
}

function signature(venueId: string, secret: string): string {
  return createHmac('sha256', secret).update(venueId).digest('base64url').slice(0, 22);
}
