import { Module } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../libs/contact-graph/contact-graph.port.js';
import { ExposureController } from './api/exposure.controller.js';
import { ProjectionsController } from './api/projections.controller.js';
import { ContactGraphProjection } from './application/projections/contact-graph.projection.js';
import { CaseExposureCache } from './application/queries/case-exposure-cache.js';
import { GetCaseExposuresHandler } from './application/queries/get-case-exposures.handler.js';
import { GetPersonStatusHandler } from './application/queries/get-person-status.handler.js';
import { contactGraphProvider } from './infrastructure/contact-graph.provider.js';
import { PersonsModule } from '../persons/persons.module.js';

@Module({
  imports: [PersonsModule],
  controllers: [ExposureController, ProjectionsController],
  providers: [contactGraphProvider, ContactGraphProjection, CaseExposureCache, GetCaseExposuresHandler, GetPersonStatusHandler],
  exports: [CONTACT_GRAPH, ContactGraphProjection, CaseExposureCache],
})
export class ExposureModule {}
