import { Module } from '@nestjs/common';
import { ContactsController } from './api/contacts.controller.js';
import { RecordContactHandler } from './application/commands/record-contact.handler.js';

@Module({ controllers: [ContactsController], providers: [RecordContactHandler] })
export class ContactsModule {}
