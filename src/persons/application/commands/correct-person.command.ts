import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';
import type { PersonDetails } from '../../domain/person-events.js';
import type { CorrectPerson } from '../../domain/correct-person.decider.js';

export class CorrectPersonCommand extends Command<WriteResult & { person: PersonDetails }> {
  constructor(
    readonly correction: CorrectPerson,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
