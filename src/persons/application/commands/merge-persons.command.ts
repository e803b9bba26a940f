import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';

export interface MergeRequest {
  keptId: string;
  mergedId: string;
  reason: string | null;
}

export class MergePersonsCommand extends Command<WriteResult> {
  constructor(
    readonly request: MergeRequest,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
