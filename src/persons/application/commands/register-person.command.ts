import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';
import type { PersonDetails } from '../../domain/person-events.js';

export class RegisterPersonCommand extends Command<WriteResult & { personId: string }> {
  constructor(
    readonly details: Omit<PersonDetails, 'personId'> & { personId?: string },
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
