import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ROLE_REFUSALS } from '../platform/auth/role-refusals.js';
import { AuditController } from './api/audit.controller.js';
import { AuditRecorder } from './http/audit-recorder.js';
import { AuditInterceptor } from './http/audit.interceptor.js';
import { AuditLogLifecycle } from './infrastructure/audit-log.lifecycle.js';
import { auditLogProvider } from './infrastructure/audit-log.provider.js';

/**
 * The audit trail: every request to /v1 by a key is recorded (AuditInterceptor, and the
 * ApiKeyGuard's refusals) and the auditor reads the trail (GET /v1/audit). Global, so that the
 * platform's guard finds ROLE_REFUSALS; imported after the platform, so that its interceptor runs
 * inside the CSV interceptor and sees an export's rows as JSON.
 */
@Global()
@Module({
  controllers: [AuditController],
  providers: [
    auditLogProvider,
    AuditLogLifecycle,
    AuditRecorder,
    { provide: ROLE_REFUSALS, useExisting: AuditRecorder },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [ROLE_REFUSALS],
})
export class AuditModule {}
