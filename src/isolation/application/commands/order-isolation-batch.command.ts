import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { Problem } from '../../../platform/http/problem.js';

export interface OrderBatchItemResult {
  orderId: string | null;
  status: number;
  error?: Problem;
}

export class OrderIsolationBatchCommand extends Command<{ results: OrderBatchItemResult[]; position: bigint | null }> {
  constructor(
    readonly items: unknown[],
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
