import { Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConflictError, InvalidInputError } from '../../../platform/errors.js';
import { BatchStreamWriter, StreamJob } from '../../../platform/event-sourcing/batch-stream-writer.js';
import { resolveId } from '../../../platform/event-sourcing/resolve-id.js';
import { problem } from '../../../platform/http/problem.js';
import { toProblem } from '../../../platform/http/to-problem.js';
import { validationPipe } from '../../../platform/http/validation.js';
import { parseInstant } from '../../../platform/time/instants.js';
import { personStream } from '../../../persons/domain/person-events.js';
import { ContactGraphProjection } from '../../../exposure/application/projections/contact-graph.projection.js';
import { OrderIsolationDto } from '../../api/isolation.dto.js';
import { OrderIsolation, orderIsolation } from '../../domain/order-isolation.decider.js';
import { OrderBatchItemResult, OrderIsolationBatchCommand } from './order-isolation-batch.command.js';

const pipe = validationPipe();

/**
 * Orders for many people at once (a case's F1 page): each item is validated and decided on its
 * own, as POST /v1/isolation-orders would, and gets its own status; the accepted ones are
 * written together (BatchStreamWriter). Item ids come from the item, else `<Idempotency-Key>:<index>`.
 */
@CommandHandler(OrderIsolationBatchCommand)
export class OrderIsolationBatchHandler implements ICommandHandler<OrderIsolationBatchCommand> {
  private readonly log = new Logger(OrderIsolationBatchHandler.name);

  constructor(
    private readonly writer: BatchStreamWriter,
    private readonly graph: ContactGraphProjection,
  ) {}

  async execute({ items, ctx }: OrderIsolationBatchCommand) {
    const results: OrderBatchItemResult[] = new Array(items.length);
    const jobs: StreamJob<OrderIsolation>[] = [];
    const jobItems: number[] = [];
    const ownerInBatch = new Map<string, string>();
    for (const [i, raw] of items.entries()) {
      const itemCtx = { ...ctx, idempotencyKey: ctx.idempotencyKey ? `${ctx.idempotencyKey}:${i}` : undefined };
      try {
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InvalidInputError([{ field: 'item', message: 'must be an object' }]);
        const dto = (await pipe.transform(raw, { type: 'body', metatype: OrderIsolationDto })) as OrderIsolationDto;
        const [orderId, context] = resolveId('isolation-order', dto.orderId, itemCtx);
        const owner = ownerInBatch.get(orderId) ?? (await this.graph.orderOwner(orderId));
        if (owner !== null && this.graph.resolve(owner) !== this.graph.resolve(dto.personId)) throw new ConflictError(`isolation order ${orderId} already belongs to another person`);
        ownerInBatch.set(orderId, dto.personId);
        const command = { ...dto, orderId, from: parseInstant(dto.from), until: dto.until ? parseInstant(dto.until) : null };
        jobs.push({ streamId: personStream(dto.personId), command, ctx: context });
        jobItems.push(i);
        results[i] = { orderId, status: 201 };
      } catch (error) {
        results[i] = this.failure(i, claimedId(raw), error);
      }
    }
    let position: bigint | null = null;
    const outcomes = await this.writer.executeAll(orderIsolation, jobs);
    outcomes.forEach((outcome, j) => {
      const i = jobItems[j];
      if (!outcome.ok) results[i] = this.failure(i, results[i].orderId, outcome.error);
      else if (outcome.position !== null && (position === null || outcome.position > position)) position = outcome.position;
    });
    return { results, position };
  }

  private failure(index: number, orderId: string | null, error: unknown): OrderBatchItemResult {
    const p = toProblem(error);
    if (!p) this.log.error(`batch item ${index}: ${String(error)}`, (error as Error)?.stack);
    return { orderId, status: p?.status ?? 500, error: p ?? problem(500, 'unexpected error; logged') };
  }
}

function claimedId(raw: unknown): string | null {
  const id = (raw as { orderId?: unknown } | null)?.orderId;
  return typeof id === 'string' ? id : null;
}
