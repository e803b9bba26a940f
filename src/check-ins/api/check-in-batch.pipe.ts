import { Injectable, PipeTransform } from '@nestjs/common';
import { validationPipe } from '../../platform/http/validation.js';
import { CheckInBatchDto, MAX_BATCH } from './check-in.dto.js';

/** The body as the handler takes it; not a class, so that the global ValidationPipe leaves it to CheckInBatchPipe. */
export type CheckInBatchBody = Pick<CheckInBatchDto, 'items'>;

const pipe = validationPipe();

/**
 * Validates a batch's envelope without the global pipe's deep copy of every item (class-transformer
 * walks them all, and the handler validates each item on its own anyway). A body that is not
 * plainly `{ items: [1..MAX_BATCH] }` goes through CheckInBatchDto's validation, so that the 400
 * is the one the DTO gives.
 */
@Injectable()
export class CheckInBatchPipe implements PipeTransform {
  async transform(body: unknown): Promise<CheckInBatchBody> {
    if (isPlainBatch(body)) return body;
    return (await pipe.transform(body, { type: 'body', metatype: CheckInBatchDto })) as CheckInBatchDto;
  }
}

function isPlainBatch(body: unknown): body is CheckInBatchBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const keys = Object.keys(body);
  const items = (body as { items?: unknown }).items;
  return keys.length === 1 && keys[0] === 'items' && Array.isArray(items) && items.length >= 1 && items.length <= MAX_BATCH;
}
