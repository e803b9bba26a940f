import { Module } from '@nestjs/common';
import { TestResultsController } from './api/test-results.controller.js';
import { RecordTestResultHandler } from './application/commands/record-test-result.handler.js';

@Module({ controllers: [TestResultsController], providers: [RecordTestResultHandler] })
export class CasesModule {}
