import { Inject, Injectable } from '@nestjs/common';
import { AUDIT_LOG, type AuditLog } from '../../../libs/audit-log/audit-log.port.js';
import type { AuthenticatedRequest } from '../../platform/auth/api-key.guard.js';
import type { RoleRefusals } from '../../platform/auth/role-refusals.js';
import { CLOCK, type Clock } from '../../platform/clock.js';
import { peopleTouched } from './people-touched.js';
import { purposeOf } from './purpose.js';

/** Writes one request's audit record: who, why, which operation on whom, the answer's status, when. */
@Injectable()
export class AuditRecorder implements RoleRefusals {
  constructor(
    @Inject(AUDIT_LOG) private readonly log: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Whether the request is one the trail records: any to /v1 that a known key made. */
  covers(req: AuthenticatedRequest): boolean {
    return req.caller !== undefined && req.originalUrl.startsWith('/v1/');
  }

  async record(req: AuthenticatedRequest, status: number, purpose: string | null, answer?: unknown): Promise<void> {
    const caller = req.caller;
    if (!caller) return;
    const people = peopleTouched(req.params, req.query, req.body, answer);
    // The route's pattern, not the path: the operation, without ids (they are in personIds) or query values.
    const route = (req.route as { path?: string } | undefined)?.path ?? req.path;
    await this.log.append({ at: this.clock.now(), actor: caller.actor, role: caller.role, purpose, method: req.method, route, status, ...people });
  }

  async refused(req: AuthenticatedRequest): Promise<void> {
    if (!this.covers(req)) return;
    let purpose: string | null;
    try {
      purpose = purposeOf(req, false);
    } catch {
      purpose = null;
    }
    await this.record(req, 403, purpose);
  }
}
