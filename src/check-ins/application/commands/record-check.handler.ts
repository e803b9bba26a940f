import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { recordCheck } from '../../domain/record-check.decider.js';
import { CheckPreparation } from '../check-preparation.js';
import { RecordCheckCommand } from './record-check.command.js';

@CommandHandler(RecordCheckCommand)
export class RecordCheckHandler implements ICommandHandler<RecordCheckCommand> {
  constructor(
    private readonly writer: EventStreamWriter,
    private readonly preparation: CheckPreparation,
  ) {}

  async execute({ request, ctx }: RecordCheckCommand) {
    const { checkInId, streamId, command, ctx: context } = await this.preparation.prepare(request, ctx);
    const { position } = await this.writer.execute(streamId, recordCheck, command, context);
    return { checkInId, position };
  }
}
