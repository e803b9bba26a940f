import { join } from 'node:path';
import type { Provider } from '@nestjs/common';
import { AUDIT_LOG, type AuditLog } from '../../../libs/audit-log/audit-log.port.js';
import { SqliteAuditLog } from '../../../libs/audit-log/sqlite/sqlite-audit-log.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';

/** The audit trail, in DATA_DIR whatever the event store: a file of its own, apart from the event log. */
export const auditLogProvider: Provider = {
  provide: AUDIT_LOG,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): AuditLog => new SqliteAuditLog(join(config.dataDir, 'audit.sqlite')),
};
