import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditController } from './api/audit.controller.js';
import { AuditInterceptor } from './http/audit.interceptor.js';
import { AuditLogLifecycle } from './infrastructure/audit-log.lifecycle.js';
import { auditLogProvider } from './infrastructure/audit-log.provider.js';

/**
 * The audit trail: every request to /v1 by a key is recorded (AuditInterceptor) and the auditor
 * reads the trail (GET /v1/audit). Imported after the platform, so that its interceptor runs
 * inside the CSV interceptor and sees an export's rows as JSON.
 */
@Module({
  controllers: [AuditController],
  providers: [auditLogProvider, AuditLogLifecycle, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
})
export class AuditModule {}
