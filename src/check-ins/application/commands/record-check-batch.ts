import { Injectable, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import { BatchStreamWriter, StreamJob } from '../../../platform/event-sourcing/batch-stream-writer.js';
import { problem } from '../../../platform/http/problem.js';
import { toProblem } from '../../../platform/http/to-problem.js';
import { parseInstant } from '../../../platform/time/instants.js';
import { TimeSlices } from '../../../platform/yield-to-io.js';
import { checkInItem } from '../../api/check-in-item.js';
import { recordCheck, RecordCheck } from '../../domain/record-check.decider.js';
import { CheckPreparation } from '../check-preparation.js';
import { BatchItemResult, RecordCheckBatchCommand } from './record-check-batch.command.js';

export type { BatchItemResult };

/**
 * Each scan of a batch stands alone: one bad item gets its own 4xx and the others still land.
 * The valid ones are written together (BatchStreamWriter), one durable write per batch.
 */
@Injectable()
@CommandHandler(RecordCheckBatchCommand)
export class RecordCheckBatch implements ICommandHandler<RecordCheckBatchCommand> {
  private readonly log = new Logger(RecordCheckBatch.name);

  constructor(
    private readonly preparation: CheckPreparation,
    private readonly writer: BatchStreamWriter,
  ) {}

  execute({ items, ctx }: RecordCheckBatchCommand) {
    return this.run(items, ctx);
  }

  async run(items: unknown[], ctx: CommandContext): Promise<{ results: BatchItemResult[]; position: bigint | null }> {
    const results: BatchItemResult[] = new Array(items.length);
    const jobs: StreamJob<RecordCheck>[] = [];
    const jobItems: number[] = [];
    const slices = new TimeSlices();
    for (const [i, raw] of items.entries()) {
      await slices.pause();
      const itemCtx = { ...ctx, idempotencyKey: ctx.idempotencyKey ? `${ctx.idempotencyKey}:${i}` : undefined };
      try {
        const dto = await checkInItem(raw);
        const prepared = await this.preparation.prepare({ ...dto, at: parseInstant(dto.at) }, itemCtx);
        jobs.push(prepared);
        jobItems.push(i);
        results[i] = { checkInId: prepared.checkInId, status: 202 };
      } catch (error) {
        results[i] = this.failure(i, claimedId(raw), error);
      }
    }
    let position: bigint | null = null;
    const outcomes = await this.writer.executeAll(recordCheck, jobs);
    outcomes.forEach((outcome, j) => {
      const i = jobItems[j];
      if (!outcome.ok) results[i] = this.failure(i, results[i].checkInId, outcome.error);
      else if (outcome.position !== null && (position === null || outcome.position > position)) position = outcome.position;
    });
    return { results, position };
  }

  private failure(index: number, checkInId: string | null, error: unknown): BatchItemResult {
    const p = toProblem(error);
    if (!p) this.log.error(`batch item ${index}: ${String(error)}`, (error as Error)?.stack);
    return { checkInId, status: p?.status ?? 500, error: p ?? problem(500, 'unexpected error; logged') };
  }
}

function claimedId(raw: unknown): string | null {
  const id = (raw as { checkInId?: unknown } | null)?.checkInId;
  return typeof id === 'string' ? id : null;
}
