import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import fc from 'fast-check';
import { checkInItem } from '../../../src/check-ins/api/check-in-item.js';
import { CheckInDto } from '../../../src/check-ins/api/check-in.dto.js';
import { InvalidInputError } from '../../../src/platform/errors.js';
import { prototypeKeyErrors } from '../../../src/platform/http/input-bounds.js';
import { flatten } from '../../../src/platform/http/validation.js';

/** What the DTO says of an item: prototype keys named as unknown fields, then class-validator's answer. */
async function byTheDto(raw: object): Promise<unknown> {
  const refused = prototypeKeyErrors(raw);
  for (const { field } of refused) delete (raw as Record<string, unknown>)[field];
  const dto = plainToInstance(CheckInDto, raw);
  const errors = [...refused, ...flatten(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }))];
  return errors.length > 0 ? { errors } : { dto: { ...dto } };
}

async function byCheckInItem(raw: object): Promise<unknown> {
  try {
    return { dto: { ...(await checkInItem(raw)) } };
  } catch (error) {
    if (error instanceof InvalidInputError) return { errors: error.errors };
    throw error;
  }
}

const id = fc.oneof(fc.constantFrom('P1', 'V-1', 'a.b:c_d', 'x'.repeat(64)), fc.stringMatching(/^[A-Za-z0-9_.:-]{1,64}$/));
const notId = fc.oneof(fc.constantFrom('', 'has space', 'x'.repeat(65), 'é'), fc.integer(), fc.boolean(), fc.constant(null));
const instant = fc.constantFrom('2021-07-10T08:00:00+07:00', '2021-07-10T01:00:00Z', '2021-07-10T01:00Z', '2021-07-10T01:00:00.123456789-0230');
const notInstant = fc.oneof(fc.constantFrom('2021-07-10T08:00:00', 'not a time', '2021-13-40T99:00:00Z', '2021-02-30T08:00:00+07:00', '2021-04-31T08:00:00Z', '2021-07-10T24:00Z', '1999-12-31T23:59:59Z', ''), fc.integer(), fc.constant(null));
const qr = fc.oneof(fc.string({ minLength: 0, maxLength: 210 }), fc.constantFrom('EXPV1:V1:abc', '\uFE0F', '😀', 'é'.repeat(200), 'a'.repeat(200), 'a'.repeat(201)), fc.integer());
const field = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) => fc.option(fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: bad, weight: 1 }), { nil: undefined });
const item = fc.record(
  {
    checkInId: field(id, notId),
    personId: field(id, notId),
    venueId: field(id, notId),
    qrPayload: field(qr, fc.constant(null)),
    direction: field(fc.constantFrom('in', 'out'), fc.constantFrom('up', 'IN', null, 1)),
    at: field(instant, notInstant),
    source: field(fc.constantFrom('qr', 'gateway', 'manual'), fc.constantFrom('fax', null)),
    shoeSize: fc.option(fc.integer(), { nil: undefined, freq: 5 }),
  },
  { requiredKeys: [] },
);
/** An item as it arrives: JSON, where `__proto__` may be an own key of the parsed object. */
const itemJson = fc.tuple(item, fc.boolean()).map(([fields, withProto]) => {
  const json = JSON.stringify(fields);
  return withProto ? `{"__proto__":{"polluted":true}${json === '{}' ? '' : ','}${json.slice(1)}` : json;
});

describe('check-in batch item', () => {
  it('accepts and refuses exactly what CheckInDto does, with the same fields and messages', async () => {
    await fc.assert(
      fc.asyncProperty(itemJson, async (json) => {
        expect(await byCheckInItem(JSON.parse(json))).toEqual(await byTheDto(JSON.parse(json)));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an item that is not an object', async () => {
    for (const raw of [null, 'P1 in', [1], 3]) {
      await expect(checkInItem(raw)).rejects.toMatchObject({ errors: [{ field: 'item', message: 'must be an object' }] });
    }
  });

  it('takes a well-formed item as it is, without class-transformer', async () => {
    const raw = { checkInId: 'c1', personId: 'P1', venueId: 'V1', direction: 'in', at: '2021-07-10T08:00:00+07:00', source: 'gateway' };
    expect(await checkInItem(raw)).toBe(raw);
  });
});
