import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { PersonsDirectoryController } from './api/persons-directory.controller.js';
import { VenuesDirectoryController } from './api/venues-directory.controller.js';
import { DirectoryProjection } from './application/read-model/directory.projection.js';
import { VisitReader } from './application/visits/visit-reader.js';

/** The task force's directory: find people and venues, and see who was where when. */
@Module({
  imports: [PersonsModule],
  controllers: [PersonsDirectoryController, VenuesDirectoryController],
  providers: [DirectoryProjection, VisitReader],
})
export class DirectoryModule {}
