import { Module } from '@nestjs/common';
import { BatchStreamWriter } from '../platform/event-sourcing/batch-stream-writer.js';
import { CheckInsController } from './api/check-ins.controller.js';
import { CheckPreparation } from './application/check-preparation.js';
import { RecordCheckBatch } from './application/commands/record-check-batch.js';
import { RecordCheckHandler } from './application/commands/record-check.handler.js';
import { VoidCheckInHandler } from './application/commands/void-check-in.handler.js';
import { ExposureModule } from '../exposure/exposure.module.js';

@Module({
  imports: [ExposureModule],
  controllers: [CheckInsController],
  providers: [CheckPreparation, BatchStreamWriter, RecordCheckHandler, RecordCheckBatch, VoidCheckInHandler],
  exports: [RecordCheckBatch],
})
export class CheckInsModule {}
