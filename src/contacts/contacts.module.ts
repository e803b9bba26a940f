import { Module } from '@nestjs/common';
import { ContactsController } from './api/contacts.controller.js';
import { RecordContactHandler } from './application/commands/record-contact.handler.js';
import { VoidContactHandler } from './application/commands/void-contact.handler.js';

@Module({ controllers: [ContactsController], providers: [RecordContactHandler, VoidContactHandler] })
export class ContactsModule {}
