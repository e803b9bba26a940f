import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../platform/errors.js';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { onStreamHolding } from '../../../platform/event-sourcing/merged-streams.js';
import { personStream } from '../../../persons/domain/person-events.js';
import { ContactGraphProjection } from '../../../exposure/application/projections/contact-graph.projection.js';
import { releaseIsolation } from '../../domain/release-isolation.decider.js';
import { ReleaseIsolationCommand } from './release-isolation.command.js';

@CommandHandler(ReleaseIsolationCommand)
export class ReleaseIsolationHandler implements ICommandHandler<ReleaseIsolationCommand> {
  constructor(
    private readonly writer: EventStreamWriter,
    private readonly graph: ContactGraphProjection,
  ) {}

  async execute({ orderId, at, ctx }: ReleaseIsolationCommand) {
    const owner = await this.graph.orderOwner(orderId);
    if (owner === null) throw new NotFoundError('isolation order', orderId);
    const context = { ...ctx, idempotencyKey: `isolation-release:${orderId}` };
    // After a merge the order may be in the stream of an id merged into its owner.
    return onStreamHolding([owner, ...this.graph.aliasesOf(owner)], async (personId) => {
      const { position } = await this.writer.execute(personStream(personId), releaseIsolation, { orderId, personId, at }, context);
      return { orderId, personId, position };
    });
  }
}
