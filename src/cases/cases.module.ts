import { Module } from '@nestjs/common';
import { ExposureModule } from '../exposure/exposure.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { CasesController } from './api/cases.controller.js';
import { TestResultsController } from './api/test-results.controller.js';
import { RecordTestResultHandler } from './application/commands/record-test-result.handler.js';
import { ListCasesHandler } from './application/queries/list-cases.handler.js';
import { CaseRegister } from './application/read-model/case-register.js';

@Module({
  imports: [ExposureModule, PersonsModule],
  controllers: [TestResultsController, CasesController],
  providers: [RecordTestResultHandler, CaseRegister, ListCasesHandler],
})
export class CasesModule {}
