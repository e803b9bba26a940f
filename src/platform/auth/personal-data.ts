import type { Role } from '../config/app-config.js';

/**
 * Who may see a person's name, phone number and unit in lists (DESIGN 4: "person details appear
 * only for roles allowed to see them"): those who call people and order isolation. An admin reads
 * the lists to check the read models, without the personal data.
 */
const SEES_PERSONAL_DATA: ReadonlySet<Role> = new Set<Role>(['investigator', 'task-force']);

export function seesPersonalData(role: Role | undefined): boolean {
  return role !== undefined && SEES_PERSONAL_DATA.has(role);
}
