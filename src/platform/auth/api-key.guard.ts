import { CanActivate, ExecutionContext, HttpException, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { Role } from '../config/app-config.js';
import type { ApiKeyRegistry } from './api-key-registry.js';
import { problem } from '../http/problem.js';
import { WWW_AUTHENTICATE } from '../http/edge/authenticate-first.js';
import { bearerKey } from './bearer-key.js';
import { ROLE_REFUSALS, type RoleRefusals } from './role-refusals.js';
import { PUBLIC_KEY, roleAllows, ROLES_KEY } from './roles.decorator.js';

export const API_KEYS = Symbol('API_KEYS');

export interface Caller {
  role: Role;
  actor: string;
}

export type AuthenticatedRequest = Request & { caller?: Caller };

/** Bearer API keys with roles (DESIGN.md section 4): no or unknown key 401, wrong role 403. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(API_KEYS) private readonly keys: ApiKeyRegistry,
    @Optional() @Inject(ROLE_REFUSALS) private readonly refusals?: RoleRefusals,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // /v1 requests were authenticated at the edge (authenticateFirst); others, e.g. /metrics, here.
    req.caller ??= this.callerOf(req);
    if (!req.caller) {
      context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', WWW_AUTHENTICATE);
      throw new HttpException(problem(401, 'a valid API key is required: Authorization: Bearer <key>'), 401);
    }
    const { role } = req.caller;
    const required = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!roleAllows(role, required)) {
      await this.refusals?.refused(req);
      throw new HttpException(problem(403, `the role ${role} may not do this; it needs one of: ${required.join(', ')}`), 403);
    }
    return true;
  }

  private callerOf(req: AuthenticatedRequest): Caller | undefined {
    const key = bearerKey(req.headers.authorization);
    const known = key === null ? null : this.keys.authenticate(key);
    return known ? { role: known.role, actor: `${known.role}:${known.id}` } : undefined;
  }
}
