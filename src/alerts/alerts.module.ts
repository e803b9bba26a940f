import { Module } from '@nestjs/common';
import { BatchStreamWriter } from '../platform/event-sourcing/batch-stream-writer.js';
import { ExposureModule } from '../exposure/exposure.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { AlertsController } from './api/alerts.controller.js';
import { AlertsHealth } from './application/alerts-health.js';
import { AlertOutbox } from './application/outbox/alert-outbox.js';
import { AcknowledgeAlertHandler } from './application/commands/acknowledge-alert.handler.js';
import { AlertFeed } from './application/read-model/alert-feed.js';
import { AlertsDue } from './application/reactors/alerts-due.js';
import { AlertRaiser } from './application/reactors/alert-raiser.js';
import { ExposureAlertReactor } from './application/reactors/exposure-alert.reactor.js';
import { AlertsLifecycle } from './infrastructure/alerts.lifecycle.js';
import { alertPublisherProvider } from './infrastructure/alert-publisher.provider.js';
import { checkpointStoreProvider } from './infrastructure/checkpoint-store.provider.js';

/** Exposure alerts: the reactor that raises them, the outbox that publishes them, and their HTTP feed. */
@Module({
  imports: [ExposureModule, PersonsModule],
  controllers: [AlertsController],
  providers: [
    checkpointStoreProvider,
    alertPublisherProvider,
    BatchStreamWriter,
    AlertsDue,
    AlertRaiser,
    ExposureAlertReactor,
    AlertOutbox,
    AlertFeed,
    AcknowledgeAlertHandler,
    AlertsLifecycle,
    AlertsHealth,
  ],
  exports: [ExposureAlertReactor, AlertOutbox, AlertsHealth],
})
export class AlertsModule {}
