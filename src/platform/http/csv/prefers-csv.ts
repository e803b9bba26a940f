import type { Request } from 'express';

/** Whether the client prefers CSV to JSON (Accept: text/csv), by the request's own content negotiation. */
export function prefersCsv(req: Request): boolean {
  return req.accepts(['application/json', 'text/csv']) === 'text/csv';
}
