import type { Role } from '../config/app-config.js';
import { roleAllows } from './roles.decorator.js';

/**
 * Who may see a person's name, phone, national id and address: those who trace and call people.
 * A check-in gateway only records scans; an auditor reviews what the service did, by ids.
 */
export const PERSON_DETAILS_ROLES: readonly Role[] = ['investigator', 'admin'];

export function maySeePersonDetails(role: Role | undefined): boolean {
  return role !== undefined && roleAllows(role, PERSON_DETAILS_ROLES);
}
