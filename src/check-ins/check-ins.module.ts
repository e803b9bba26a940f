import { Module } from '@nestjs/common';
import { CheckInsController } from './api/check-ins.controller.js';
import { RecordCheckBatch } from './application/commands/record-check-batch.js';
import { RecordCheckHandler } from './application/commands/record-check.handler.js';

@Module({ controllers: [CheckInsController], providers: [RecordCheckHandler, RecordCheckBatch], exports: [RecordCheckBatch] })
export class CheckInsModule {}
