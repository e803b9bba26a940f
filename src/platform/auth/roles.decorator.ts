import { SetMetadata } from '@nestjs/common';
import type { Role } from '../config/app-config.js';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** The roles that may call a route; task-force holds every investigator right. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

const IMPLIED: Partial<Record<Role, Role[]>> = { 'task-force': ['investigator'] };

export function roleAllows(actual: Role, required: readonly Role[]): boolean {
  return required.includes(actual) || (IMPLIED[actual] ?? []).some((r) => required.includes(r));
}
