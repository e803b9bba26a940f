import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AUDIT_LOG, type AuditLog } from '../../../libs/audit-log/audit-log.port.js';

@Injectable()
export class AuditLogLifecycle implements OnApplicationShutdown {
  constructor(@Inject(AUDIT_LOG) private readonly log: AuditLog) {}

  async onApplicationShutdown(): Promise<void> {
    await this.log.close();
  }
}
