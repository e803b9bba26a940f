import { deterministicUuid, newId } from '../ids.js';
import type { CommandContext } from './command-context.js';

/**
 * The id a command acts on: the client's, else one derived from its Idempotency-Key (so a retry
 * lands on the same resource), else a new UUID. Returns the context with the idempotency key set.
 */
export function resolveId(kind: string, given: string | undefined, ctx: CommandContext): [string, CommandContext] {
  const id = given ?? (ctx.idempotencyKey ? deterministicUuid(`${kind}:${ctx.idempotencyKey}`) : newId());
  const key = given || ctx.idempotencyKey ? `${kind}:${id}` : undefined;
  return [id, { ...ctx, idempotencyKey: key }];
}
