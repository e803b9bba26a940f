import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';
import type { RecordContact } from '../../domain/record-contact.decider.js';

export class RecordContactCommand extends Command<WriteResult & { contactId: string }> {
  constructor(
    readonly request: Omit<RecordContact, 'contactId'> & { contactId?: string },
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
