import { Module } from '@nestjs/common';
import { ExposureModule } from '../exposure/exposure.module.js';
import { AdaptersLifecycle } from './adapters.lifecycle.js';
import { HealthController } from './health.controller.js';
import { MetricsController } from './metrics.controller.js';

@Module({ imports: [ExposureModule], controllers: [HealthController, MetricsController], providers: [AdaptersLifecycle] })
export class HealthModule {}
