import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { API_KEYS } from '../../platform/auth/api-key.guard.js';
import type { ApiKeyRegistry } from '../../platform/auth/api-key-registry.js';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { CLOCK, type Clock } from '../../platform/clock.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import { Ctx } from '../../platform/http/command-context.decorator.js';
import type { CommandContext } from '../../platform/event-sourcing/command-context.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiIdParam } from '../../platform/http/openapi/api-properties.js';
import { ApiWrite } from '../../platform/http/openapi/api-write.decorator.js';
import { ApiKeysResponse, CreatedApiKeyResponse, RevokedApiKeyResponse } from './api-key.response.js';
import { CreateApiKeyDto } from './create-api-key.dto.js';

type Created = CreatedApiKeyResponse & { request: string };

/** Rotating API keys without a restart: an admin creates a key (shown once) and revokes another. */
@ApiTags('api-keys')
@Controller('v1/api-keys')
export class ApiKeysController {
  /**
   * Answers to creations by Idempotency-Key, while the service runs: a retry gets the same key.
   * After a restart the key is gone (only its hash is kept), so a retry then creates a new one.
   */
  private readonly answered = new Map<string, Created>();

  constructor(
    @Inject(API_KEYS) private readonly keys: ApiKeyRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The keys that work now, by id and role (never the keys)' })
  @ApiOkResponse({ type: ApiKeysResponse, description: 'every key, API_KEYS and stored ones' })
  list() {
    return { keys: this.keys.list() };
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'A new key for a role, working at once; the answer is the only time the key is shown' })
  @ApiWrite(201, CreatedApiKeyResponse, 'the new key, with the key itself')
  @ApiProblems(400, 409)
  create(@Body() body: CreateApiKeyDto, @Ctx() ctx: CommandContext) {
    const request = JSON.stringify([body.role, body.label ?? null]);
    const retry = ctx.idempotencyKey === undefined ? undefined : this.answered.get(`${ctx.actor} ${ctx.idempotencyKey}`);
    if (retry && retry.request !== request) throw new ConflictError('this Idempotency-Key created a key for another role or label');
    if (retry) return withoutRequest(retry);
    const { entry, key } = this.keys.create(body.role, body.label ?? null, ctx.actor, this.clock.now());
    const answer = { ...entry, key };
    if (ctx.idempotencyKey !== undefined) this.answered.set(`${ctx.actor} ${ctx.idempotencyKey}`, { ...answer, request });
    return answer;
  }

  @Delete(':keyId')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Revokes a stored key at once (API_KEYS keys change with the setting; the last admin key stays)' })
  @ApiIdParam('keyId', 'the key', '3f9a61c0d2b7')
  @ApiOkResponse({ type: RevokedApiKeyResponse, description: 'the key no longer works' })
  @ApiProblems(400, 404, 409)
  revoke(@Param('keyId') keyId: string) {
    const outcome = this.keys.revoke(keyId);
    if (outcome === 'unknown') throw new NotFoundError('API key', keyId, 'keyId');
    if (outcome === 'configured') throw new ConflictError(`key ${keyId} is set in API_KEYS: remove it there and restart`);
    if (outcome === 'last-admin') throw new ConflictError(`key ${keyId} is the last admin key: create another admin key first`);
    return { id: keyId, revoked: true };
  }
}

function withoutRequest({ request: _request, ...answer }: Created): CreatedApiKeyResponse {
  return answer;
}
