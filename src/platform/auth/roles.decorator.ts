import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import type { Role } from '../config/app-config.js';
import { ApiProblems } from '../http/openapi/api-problems.decorator.js';
import { BEARER_SCHEME } from '../http/openapi/openapi-document.js';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/**
 * The roles that may call a route; task-force holds every investigator right. The OpenAPI
 * document learns from it too: the route needs the API key, and answers 401 and 403.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiBearerAuth(BEARER_SCHEME), ApiProblems(401, 403, 429));

/** A route anyone may call; documented with an empty security requirement. */
export const Public = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiSecurity({}));

const IMPLIED: Partial<Record<Role, Role[]>> = { 'task-force': ['investigator'] };

export function roleAllows(actual: Role, required: readonly Role[]): boolean {
  return required.includes(actual) || (IMPLIED[actual] ?? []).some((r) => required.includes(r));
}
