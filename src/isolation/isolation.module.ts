import { Module } from '@nestjs/common';
import { ExposureModule } from '../exposure/exposure.module.js';
import { IsolationOrdersController } from './api/isolation-orders.controller.js';
import { BatchStreamWriter } from '../platform/event-sourcing/batch-stream-writer.js';
import { OrderIsolationBatchHandler } from './application/commands/order-isolation-batch.handler.js';
import { OrderIsolationHandler } from './application/commands/order-isolation.handler.js';
import { ReleaseIsolationHandler } from './application/commands/release-isolation.handler.js';

@Module({
  imports: [ExposureModule],
  controllers: [IsolationOrdersController],
  providers: [BatchStreamWriter, OrderIsolationHandler, OrderIsolationBatchHandler, ReleaseIsolationHandler],
})
export class IsolationModule {}
