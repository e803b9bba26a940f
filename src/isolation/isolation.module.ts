import { Module } from '@nestjs/common';
import { ExposureModule } from '../exposure/exposure.module.js';
import { IsolationOrdersController } from './api/isolation-orders.controller.js';
import { OrderIsolationHandler } from './application/commands/order-isolation.handler.js';
import { ReleaseIsolationHandler } from './application/commands/release-isolation.handler.js';

@Module({
  imports: [ExposureModule],
  controllers: [IsolationOrdersController],
  providers: [OrderIsolationHandler, ReleaseIsolationHandler],
})
export class IsolationModule {}
