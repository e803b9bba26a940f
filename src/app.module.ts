import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_CONFIG } from './platform/config/app-config.js';
import type { AppConfig } from './platform/config/app-config.js';
import { CLOCK, systemClock } from './platform/clock.js';
import type { Clock } from './platform/clock.js';
import { API_KEYS, ApiKeyGuard } from './platform/auth/api-key.guard.js';
import { ProblemDetailsFilter } from './platform/http/problem-details.filter.js';
import { EventStreamWriter } from './platform/event-sourcing/event-stream-writer.js';
import { StreamExistence } from './platform/event-sourcing/stream-existence.js';
import { eventStoreProvider } from './platform/infrastructure/event-store.provider.js';
import { eventStoreLifecycle } from './platform/infrastructure/event-store.lifecycle.js';
import { PersonsController } from './persons/api/persons.controller.js';
import { RegisterPersonHandler } from './persons/application/commands/register-person.handler.js';
import { VenuesController } from './venues/api/venues.controller.js';
import { RegisterVenueHandler } from './venues/application/commands/register-venue.handler.js';
import { loadQrSecret, QR_SECRET } from './venues/application/qr-secret.js';
import { CheckInsController } from './check-ins/api/check-ins.controller.js';
import { RecordCheckHandler } from './check-ins/application/commands/record-check.handler.js';
import { RecordCheckBatch } from './check-ins/application/commands/record-check-batch.js';
import { ContactsController } from './contacts/api/contacts.controller.js';
import { RecordContactHandler } from './contacts/application/commands/record-contact.handler.js';
import { TestResultsController } from './cases/api/test-results.controller.js';
import { RecordTestResultHandler } from './cases/application/commands/record-test-result.handler.js';
import { IsolationOrdersController } from './isolation/api/isolation-orders.controller.js';
import { OrderIsolationHandler } from './isolation/application/commands/order-isolation.handler.js';
import { ReleaseIsolationHandler } from './isolation/application/commands/release-isolation.handler.js';
import { ExposureController } from './exposure/api/exposure.controller.js';
import { ContactGraphProjection } from './exposure/application/projections/contact-graph.projection.js';
import { GetCaseExposuresHandler } from './exposure/application/queries/get-case-exposures.handler.js';
import { GetPersonStatusHandler } from './exposure/application/queries/get-person-status.handler.js';
import { contactGraphProvider } from './exposure/infrastructure/contact-graph.provider.js';
import { HealthController } from './health/health.controller.js';
import { MetricsController } from './health/metrics.controller.js';

export interface AppOptions {
  config: AppConfig;
  apiKeys: Map<string, import('./platform/config/app-config.js').Role>;
  clock?: Clock;
}

@Module({})
export class AppModule {
  static register({ config, apiKeys, clock = systemClock }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        PersonsController,
        VenuesController,
        CheckInsController,
        ContactsController,
        TestResultsController,
        IsolationOrdersController,
        ExposureController,
        HealthController,
        MetricsController,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: API_KEYS, useValue: apiKeys },
        { provide: QR_SECRET, useFactory: () => loadQrSecret(config.qrSigningSecret, config.dataDir) },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        eventStoreProvider,
        eventStoreLifecycle,
        contactGraphProvider,
        EventStreamWriter,
        StreamExistence,
        ContactGraphProjection,
        RegisterPersonHandler,
        RegisterVenueHandler,
        RecordCheckHandler,
        RecordCheckBatch,
        RecordContactHandler,
        RecordTestResultHandler,
        OrderIsolationHandler,
        ReleaseIsolationHandler,
        GetCaseExposuresHandler,
        GetPersonStatusHandler,
      ],
    };
  }
}
