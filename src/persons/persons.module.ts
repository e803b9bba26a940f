import { Module } from '@nestjs/common';
import { PersonsController } from './api/persons.controller.js';
import { RegisterPersonHandler } from './application/commands/register-person.handler.js';

@Module({ controllers: [PersonsController], providers: [RegisterPersonHandler] })
export class PersonsModule {}
