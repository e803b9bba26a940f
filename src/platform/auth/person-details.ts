import type { Role } from '../config/app-config.js';
import { roleAllows } from './roles.decorator.js';

/**
 * Who may see a person's name, phone, national id, address and unit (DESIGN 4: "person details
 * appear only for roles allowed to see them"): those who trace, call and isolate people, so
 * investigators and the task force. Everyone else reads ids only, privacy by default: an admin
 * operates the service and checks its read models, an auditor reviews what it did, a check-in
 * gateway only records scans.
 */
export const PERSON_DETAILS_ROLES: readonly Role[] = ['investigator'];

export function maySeePersonDetails(role: Role | undefined): boolean {
  return role !== undefined && roleAllows(role, PERSON_DETAILS_ROLES);
}
