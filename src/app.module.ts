import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { AppConfig } from './platform/config/app-config.js';
import type { ApiKeyRegistry } from './platform/auth/api-key-registry.js';
import { systemClock } from './platform/clock.js';
import type { Clock } from './platform/clock.js';
import { PlatformModule } from './platform/platform.module.js';
import { PersonsModule } from './persons/persons.module.js';
import { VenuesModule } from './venues/venues.module.js';
import { CheckInsModule } from './check-ins/check-ins.module.js';
import { ContactsModule } from './contacts/contacts.module.js';
import { CasesModule } from './cases/cases.module.js';
import { IsolationModule } from './isolation/isolation.module.js';
import { ExposureModule } from './exposure/exposure.module.js';
import { HealthModule } from './health/health.module.js';
import { AlertsModule } from './alerts/alerts.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { RetentionModule } from './retention/retention.module.js';
import { AuditModule } from './audit/audit.module.js';
import { ApiKeysModule } from './api-keys/api-keys.module.js';
import { CheckInIngestModule } from './check-ins/infrastructure/check-in-ingest.module.js';

export interface AppOptions {
  config: AppConfig;
  apiKeys: ApiKeyRegistry;
  clock?: Clock;
}

/** One module per bounded context over the platform; the configuration picks the adapters. */
@Module({})
export class AppModule {
  static register({ config, apiKeys, clock = systemClock }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        PlatformModule.register(config, apiKeys, clock),
        AuditModule,
        PersonsModule,
        VenuesModule,
        CheckInsModule,
        ContactsModule,
        CasesModule,
        IsolationModule,
        ExposureModule,
        HealthModule,
        AlertsModule,
        DirectoryModule,
        CheckInIngestModule,
        RetentionModule,
        ApiKeysModule,
      ],
    };
  }
}
