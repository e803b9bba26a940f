import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../platform/errors.js';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { onStreamHolding } from '../../../platform/event-sourcing/merged-streams.js';
import { ContactGraphProjection } from '../../../exposure/application/projections/contact-graph.projection.js';
import { checkInStream } from '../../domain/check-in-events.js';
import { voidCheckIn } from '../../domain/void-check-in.decider.js';
import { VoidCheckInCommand } from './void-check-in.command.js';

/**
 * A check-in is addressed by its id alone, but lives in its person's stream: the contact graph,
 * which holds every check the log still holds, says whose it is. One purged by retention is 404.
 */
@CommandHandler(VoidCheckInCommand)
export class VoidCheckInHandler implements ICommandHandler<VoidCheckInCommand> {
  constructor(
    private readonly writer: EventStreamWriter,
    private readonly graph: ContactGraphProjection,
  ) {}

  async execute({ checkInId, reason, ctx }: VoidCheckInCommand) {
    const owner = await this.graph.checkOwner(checkInId);
    if (owner === null) throw new NotFoundError('check-in', checkInId);
    const context = { ...ctx, idempotencyKey: `check-in-void:${checkInId}` };
    // After a merge the check may be in the stream of an id merged into its owner.
    return onStreamHolding([owner, ...this.graph.aliasesOf(owner)], async (personId) => {
      const { position } = await this.writer.execute(checkInStream(personId), voidCheckIn, { checkInId, reason }, context);
      return { checkInId, personId, reason, position };
    });
  }
}
