import { InvalidInputError } from '../../platform/errors.js';
import { ID_PATTERN } from '../../platform/ids.js';
import { validationPipe } from '../../platform/http/validation.js';
import { isInstantWithOffset } from '../../platform/time/instants.js';
import { CHECK_IN_SOURCES } from '../domain/check-in-events.js';
import { CheckInDto } from './check-in.dto.js';

const FIELDS = new Set(['checkInId', 'personId', 'venueId', 'qrPayload', 'direction', 'at', 'source']);
/** ASCII, so that its length is the one class-validator's Length counts. */
const QR_PAYLOAD = /^[ -~]{1,200}$/;
const SOURCES: readonly unknown[] = CHECK_IN_SOURCES;
const pipe = validationPipe();

/**
 * One item of a batch as a CheckInDto, validated as POST /v1/check-ins validates its body.
 * class-transformer and class-validator cost more per item than everything else a check-in
 * needs, so an item is first checked by hand against a narrower form of CheckInDto's rules (no
 * nulls, ASCII QR payloads): what passes would pass the DTO as well. Anything else goes through
 * the DTO's own validation, so a refused item names the same fields with the same messages.
 */
export async function checkInItem(raw: unknown): Promise<CheckInDto> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InvalidInputError([{ field: 'item', message: 'must be an object' }]);
  }
  if (isPlainCheckIn(raw as Record<string, unknown>)) return raw as CheckInDto;
  return (await pipe.transform(raw, { type: 'body', metatype: CheckInDto })) as CheckInDto;
}

function isPlainCheckIn(item: Record<string, unknown>): boolean {
  for (const key of Object.keys(item)) if (!FIELDS.has(key)) return false;
  const { checkInId, personId, venueId, qrPayload, direction, at, source } = item;
  return (
    (checkInId === undefined || isId(checkInId)) &&
    isId(personId) &&
    (venueId === undefined || isId(venueId)) &&
    (qrPayload === undefined || (typeof qrPayload === 'string' && QR_PAYLOAD.test(qrPayload))) &&
    (direction === 'in' || direction === 'out') &&
    isInstantWithOffset(at) &&
    (source === undefined || SOURCES.includes(source))
  );
}

const isId = (value: unknown): boolean => typeof value === 'string' && ID_PATTERN.test(value);
