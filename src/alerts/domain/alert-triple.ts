import { deterministicUuid } from '../../platform/ids.js';

/** What makes an alert: a case, an exposed person and the level. Each is raised at most once. */
export interface AlertTriple {
  caseId: string;
  personId: string;
  level: number;
}

/** Ids may hold ':' but never a NUL, so the key cannot be read two ways. */
export function tripleKey({ caseId, personId, level }: AlertTriple): string {
  return `${caseId}\u0000${personId}\u0000${level}`;
}

export function alertIdOf(triple: AlertTriple): string {
  return deterministicUuid(`exposure-alert:${tripleKey(triple)}`);
}
