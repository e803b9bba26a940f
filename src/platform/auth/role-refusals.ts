import type { AuthenticatedRequest } from './api-key.guard.js';

/**
 * Told of every request a known key makes that its role may not (403), before the answer is
 * sent: the audit trail records attempts on data a key may not read as well as what it did.
 */
export interface RoleRefusals {
  refused(req: AuthenticatedRequest): Promise<void>;
}

export const ROLE_REFUSALS = Symbol('ROLE_REFUSALS');
