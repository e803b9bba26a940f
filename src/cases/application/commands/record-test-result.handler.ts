import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { resolveId } from '../../../platform/event-sourcing/resolve-id.js';
import { personStream } from '../../../persons/domain/person-events.js';
import { caseActivity } from '../../domain/case-activity.js';
import { recordTestResult } from '../../domain/record-test-result.decider.js';
import { RecordTestResultCommand } from './record-test-result.command.js';

@CommandHandler(RecordTestResultCommand)
export class RecordTestResultHandler implements ICommandHandler<RecordTestResultCommand> {
  private readonly decider;

  constructor(
    private readonly writer: EventStreamWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.decider = recordTestResult(config.rules.infectiousLookbackDays);
  }

  async execute({ request, ctx }: RecordTestResultCommand) {
    const [testId, context] = resolveId('test', request.testId, ctx);
    const { state, position } = await this.writer.execute(personStream(request.personId), this.decider, { ...request, testId }, context);
    // A retry answers as the first time did: did this very test confirm the case?
    const caseConfirmed = state.confirmation?.testId === testId;
    // A case recorded too late to count says so, rather than being silently left out.
    const activity = caseActivity(state.tests.values(), this.clock.now(), this.config.caseActiveDays, this.config.rules);
    return { testId, caseConfirmed, ...activity, position };
  }
}
