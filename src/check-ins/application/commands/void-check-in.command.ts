import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';

export class VoidCheckInCommand extends Command<WriteResult & { checkInId: string; personId: string; reason: string }> {
  constructor(
    readonly checkInId: string,
    readonly reason: string,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
