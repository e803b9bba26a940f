import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AuthenticatedRequest } from '../../auth/api-key.guard.js';
import type { ApiKeyRegistry } from '../../auth/api-key-registry.js';
import { bearerKey } from '../../auth/bearer-key.js';
import type { RateLimits } from './rate-limits.js';
import { sendProblem } from './send-problem.js';

export const WWW_AUTHENTICATE = 'Bearer realm="exposure-service"';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every /v1 request shows a known API key before its body is read (a stranger's 2 MB body is a 401,
 * not a 413 after parsing it); wrong keys are counted per address and writes per key, each past its
 * budget a 429 with Retry-After. The caller found here is the ApiKeyGuard's too (the key is hashed
 * once a request); roles are checked per route by the guard.
 */
export function authenticateFirst(keys: ApiKeyRegistry, limits: RateLimits): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    void check(req, res).then((pass) => (pass ? next() : undefined), next);
  };

  async function check(req: AuthenticatedRequest, res: Response): Promise<boolean> {
    const key = bearerKey(req.headers.authorization);
    const known = key === null ? null : keys.authenticate(key);
    if (known === null) {
      // Only wrong keys are counted and refused: an office behind one address whose scanner has
      // an old key must not lock out the investigators working beside it.
      const wait = await limits.authFailure(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      if (wait > 0) return tooMany(req, res, wait, 'too many requests with a wrong or missing API key from this address');
      sendProblem(req, res, 401, 'a valid API key is required: Authorization: Bearer <key>', { 'WWW-Authenticate': WWW_AUTHENTICATE });
      return false;
    }
    req.caller = { role: known.role, actor: `${known.role}:${known.id}` };
    if (WRITES.has(req.method)) {
      const wait = await limits.write(known.id);
      if (wait > 0) return tooMany(req, res, wait, 'this API key has made too many writes in the last minute');
    }
    return true;
  }
}

function tooMany(req: Request, res: Response, seconds: number, detail: string): false {
  sendProblem(req, res, 429, `${detail}; try again in ${seconds} s`, { 'Retry-After': String(seconds) });
  return false;
}
