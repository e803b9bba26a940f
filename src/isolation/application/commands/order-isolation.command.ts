import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';
import type { OrderIsolation } from '../../domain/order-isolation.decider.js';

export class OrderIsolationCommand extends Command<WriteResult & { orderId: string }> {
  constructor(
    readonly request: Omit<OrderIsolation, 'orderId'> & { orderId?: string },
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
