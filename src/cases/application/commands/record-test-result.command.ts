import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';
import type { CaseActivity } from '../../domain/case-activity.js';
import type { RecordTestResult } from '../../domain/record-test-result.decider.js';

export class RecordTestResultCommand extends Command<WriteResult & CaseActivity & { testId: string; caseConfirmed: boolean }> {
  constructor(
    readonly request: Omit<RecordTestResult, 'testId'> & { testId?: string },
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
