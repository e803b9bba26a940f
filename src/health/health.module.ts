import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module.js';
import { ExposureModule } from '../exposure/exposure.module.js';
import { AdaptersLifecycle } from './adapters.lifecycle.js';
import { HealthController } from './health.controller.js';
import { HealthReport } from './health-report.js';
import { MetricsController } from './metrics.controller.js';

@Module({ imports: [ExposureModule, AlertsModule], controllers: [HealthController, MetricsController], providers: [AdaptersLifecycle, HealthReport] })
export class HealthModule {}
