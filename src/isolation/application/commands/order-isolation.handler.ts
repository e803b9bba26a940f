import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConflictError } from '../../../platform/errors.js';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { resolveId } from '../../../platform/event-sourcing/resolve-id.js';
import { personStream } from '../../../persons/domain/person-events.js';
import { ContactGraphProjection } from '../../../exposure/application/projections/contact-graph.projection.js';
import { orderIsolation } from '../../domain/order-isolation.decider.js';
import { OrderIsolationCommand } from './order-isolation.command.js';

@CommandHandler(OrderIsolationCommand)
export class OrderIsolationHandler implements ICommandHandler<OrderIsolationCommand> {
  constructor(
    private readonly writer: EventStreamWriter,
    private readonly graph: ContactGraphProjection,
  ) {}

  async execute({ request, ctx }: OrderIsolationCommand) {
    const [orderId, context] = resolveId('isolation-order', request.orderId, ctx);
    // Order ids are global: the same id on another person's stream would make release ambiguous.
    const owner = await this.graph.orderOwner(orderId);
    if (owner !== null && owner !== this.graph.resolve(request.personId)) {
      throw new ConflictError(`isolation order ${orderId} already belongs to another person`);
    }
    const { position } = await this.writer.execute(personStream(request.personId), orderIsolation, { ...request, orderId }, context);
    return { orderId, position };
  }
}
