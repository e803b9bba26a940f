import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';

export class VoidContactCommand extends Command<WriteResult & { contactId: string; reason: string }> {
  constructor(
    readonly contactId: string,
    readonly reason: string,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
