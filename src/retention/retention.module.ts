import { Module } from '@nestjs/common';
import { ExposureModule } from '../exposure/exposure.module.js';
import { RetentionScheduler } from './application/retention.scheduler.js';

@Module({ imports: [ExposureModule], providers: [RetentionScheduler], exports: [RetentionScheduler] })
export class RetentionModule {}
