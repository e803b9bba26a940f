import { describe, expect, it } from '@jest/globals';
import type { KafkaMessage } from 'kafkajs';
import { checkInOf, deadLetter } from '../../../src/check-ins/infrastructure/check-in-messages.js';
import { problem } from '../../../src/platform/http/problem.js';

const at = { topic: 'contact-tracing.check-ins.v1', partition: 2, offset: '41' };
const message = (value: Buffer | string | null, key = 'P1'): KafkaMessage =>
  ({ key: Buffer.from(key), value: typeof value === 'string' ? Buffer.from(value) : value, headers: { source: 'gw-7' }, timestamp: '1626000000000', offset: at.offset, attributes: 0 }) as KafkaMessage;

describe('check-in messages', () => {
  it('reads a scan as the item POST /v1/check-ins takes', () => {
    const scan = { checkInId: 'c1', personId: 'P1', venueId: 'V1', direction: 'in', at: '2021-07-10T08:00:00+07:00' };
    expect(checkInOf(message(JSON.stringify(scan)), at)).toEqual({ ok: true, item: scan });
  });

  it('gives a scan without a checkInId one derived from where it was read, the same on redelivery', () => {
    const scan = JSON.stringify({ personId: 'P1', venueId: 'V1', direction: 'in', at: '2021-07-10T08:00:00+07:00' });
    const first = checkInOf(message(scan), at);
    expect(first).toEqual(checkInOf(message(scan), at));
    expect(first.ok && first.item.checkInId).toMatch(/^[0-9a-f-]{36}$/);
    expect(checkInOf(message(scan), { ...at, offset: '42' })).not.toEqual(first);
  });

  it.each([
    ['not JSON', 'P1 in V1 08:00', 'the message is not valid JSON'],
    ['an array', '[1, 2]', 'the message is not a JSON object'],
    ['empty', '', 'the message has no value'],
    ['nested 3,000 deep', `{"personId":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`, 'the message has invalid fields'],
  ])('refuses a message that is %s', (_what, value, detail) => {
    const parsed = checkInOf(message(value), at);
    expect(parsed).toMatchObject({ ok: false, problem: { status: 400, detail } });
  });

  it('dead-letters with the reason in headers and the original value and problem in the body', () => {
    const why = problem(404, 'person P9 does not exist', [{ field: 'personId', message: 'person P9 does not exist' }]);
    const letter = deadLetter(message('{"personId":"P9"}'), at, why);
    expect(letter.key?.toString()).toBe('P1');
    expect(letter.headers).toMatchObject({ source: 'gw-7', 'dlq-reason': 'person P9 does not exist: personId person P9 does not exist', 'dlq-status': '404', 'dlq-source': 'contact-tracing.check-ins.v1/2@41' });
    expect(JSON.parse(String(letter.value))).toEqual({
      source: { ...at, key: 'P1', timestamp: '1626000000000' },
      original: '{"personId":"P9"}',
      encoding: 'utf8',
      problem: why,
    });
  });

  it('keeps the bytes of a value that is not UTF-8', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x41]);
    const body = JSON.parse(String(deadLetter(message(bytes), at, problem(400, 'the message is not valid JSON')).value));
    expect(body).toMatchObject({ original: bytes.toString('base64'), encoding: 'base64' });
  });
});
