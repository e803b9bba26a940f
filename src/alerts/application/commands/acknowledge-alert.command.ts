import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';
import type { AcknowledgeAlert } from '../../domain/acknowledge-alert.decider.js';
import type { ListedAlert } from '../read-model/alert-feed.js';

export class AcknowledgeAlertCommand extends Command<WriteResult & { alert: ListedAlert }> {
  constructor(
    readonly request: AcknowledgeAlert,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
