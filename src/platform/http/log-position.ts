import type { Request, Response } from 'express';

/** Writes answer the log position they reached; a later query may name it to read its own writes. */
export const LOG_POSITION_HEADER = 'X-Log-Position';

export function setLogPosition(res: Response, position: bigint | null): void {
  if (position !== null) res.setHeader(LOG_POSITION_HEADER, position.toString());
}

/** The position a query must reflect: the X-Log-Position the client sends back, if any. */
export function requestedPosition(req: Request): bigint | null {
  const raw = req.headers['x-log-position'];
  return typeof raw === 'string' && /^\d{1,20}$/.test(raw) ? BigInt(raw) : null;
}

export function markStale(res: Response, fresh: boolean): void {
  if (!fresh) res.setHeader('X-Stale', 'true');
}
