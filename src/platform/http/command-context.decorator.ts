import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AuthenticatedRequest } from '../auth/api-key.guard.js';
import type { CommandContext } from '../event-sourcing/command-context.js';

/** The caller, a correlation id (X-Correlation-Id or new) and the Idempotency-Key header, if any. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): CommandContext => {
  const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const header = (name: string): string | undefined => {
    const v = req.headers[name];
    return typeof v === 'string' && v.length > 0 && v.length <= 128 ? v : undefined;
  };
  return {
    actor: req.caller?.actor ?? 'anonymous',
    correlationId: header('x-correlation-id') ?? randomUUID(),
    idempotencyKey: header('idempotency-key'),
  };
});
