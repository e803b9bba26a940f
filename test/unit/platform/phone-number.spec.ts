import { describe, expect, it } from '@jest/globals';
import { normalizePhone } from '../../../src/platform/phone/phone-number.js';

describe('normalizePhone', () => {
  it('gives one form for the ways a Vietnamese mobile number is written', () => {
    for (const written of ['0912 345 678', '+84912345678', '84912345678', '0912.345.678', '(+84) 912-345-678']) {
      expect(normalizePhone(written)).toBe('+84912345678');
    }
  });

  it('takes landlines and foreign numbers in E.164', () => {
    expect(normalizePhone('028 3822 1234')).toBe('+842838221234');
    expect(normalizePhone('+1 202 555 0143')).toBe('+12025550143');
  });

  it('refuses what is not a phone number', () => {
    for (const bad of ['not a phone', '0912345', '', '+', '12ab34']) expect(normalizePhone(bad)).toBeNull();
  });
});
