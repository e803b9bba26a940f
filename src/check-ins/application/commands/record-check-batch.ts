import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import { InvalidInputError } from '../../../platform/errors.js';
import { flatten } from '../../../platform/http/validation.js';
import { problem, Problem } from '../../../platform/http/problem.js';
import { toProblem } from '../../../platform/http/to-problem.js';
import { parseInstant } from '../../../platform/time/instants.js';
import { CheckInDto } from '../../api/check-in.dto.js';
import { RecordCheckCommand } from './record-check.command.js';

export interface BatchItemResult {
  checkInId: string | null;
  status: number;
  error?: Problem;
}

/** Each scan of a batch stands alone: one bad item gets its own 4xx and the others still land. */
@Injectable()
export class RecordCheckBatch {
  private readonly log = new Logger(RecordCheckBatch.name);

  constructor(private readonly commands: CommandBus) {}

  async run(items: unknown[], ctx: CommandContext): Promise<{ results: BatchItemResult[]; position: bigint | null }> {
    const results: BatchItemResult[] = [];
    let position: bigint | null = null;
    for (const [i, raw] of items.entries()) {
      const itemCtx = { ...ctx, idempotencyKey: ctx.idempotencyKey ? `${ctx.idempotencyKey}:${i}` : undefined };
      const claimedId = typeof (raw as CheckInDto)?.checkInId === 'string' ? (raw as CheckInDto).checkInId! : null;
      try {
        const dto = await this.validated(raw);
        const out = await this.commands.execute(new RecordCheckCommand({ ...dto, at: parseInstant(dto.at) }, itemCtx));
        if (out.position !== null && (position === null || out.position > position)) position = out.position;
        results.push({ checkInId: out.checkInId, status: 202 });
      } catch (error) {
        const p = toProblem(error);
        if (!p) this.log.error(`batch item ${i}: ${String(error)}`, (error as Error)?.stack);
        results.push({ checkInId: claimedId, status: p?.status ?? 500, error: p ?? problem(500, 'unexpected error; logged') });
      }
    }
    return { results, position };
  }

  private async validated(raw: unknown): Promise<CheckInDto> {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new InvalidInputError([{ field: 'item', message: 'must be an object' }]);
    }
    const dto = plainToInstance(CheckInDto, raw);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new InvalidInputError(flatten(errors));
    return dto;
  }
}
