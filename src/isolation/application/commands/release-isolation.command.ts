import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';

export class ReleaseIsolationCommand extends Command<WriteResult & { orderId: string; personId: string }> {
  constructor(
    readonly orderId: string,
    readonly at: number,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
