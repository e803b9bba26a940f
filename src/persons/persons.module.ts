import { Module } from '@nestjs/common';
import { PersonsController } from './api/persons.controller.js';
import { RegisterPersonHandler } from './application/commands/register-person.handler.js';
import { CorrectPersonHandler } from './application/commands/correct-person.handler.js';
import { PersonDirectory } from './application/read-model/person-directory.js';
import { MergePersonsHandler } from './application/commands/merge-persons.handler.js';

@Module({ controllers: [PersonsController], providers: [RegisterPersonHandler, CorrectPersonHandler, MergePersonsHandler, PersonDirectory], exports: [PersonDirectory] })
export class PersonsModule {}
