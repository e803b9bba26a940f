import { describe, expect, it } from '@jest/globals';
import { assertBornByNow, birthDateProblem } from '../../../src/platform/time/calendar-dates.js';
import { instantProblem } from '../../../src/platform/time/instants.js';

describe('instants the API takes', () => {
  it('takes real calendar instants with an explicit offset', () => {
    for (const good of ['2021-07-10T08:00:00+07:00', '2020-02-29T23:59:59.999Z', '2021-07-10T01:00Z', '2021-07-10T01:00:00-0230', '2000-01-01T00:00:00Z']) {
      expect([good, instantProblem(good)]).toEqual([good, null]);
    }
  });
  it.each([
    ['2021-02-30T08:00:00+07:00', 'real calendar date'],
    ['2021-04-31T08:00:00+07:00', 'real calendar date'],
    ['2021-02-29T08:00:00Z', 'real calendar date'],
    ['2021-07-10T24:00:00+07:00', 'real calendar date'],
    ['2021-07-10T23:60:00Z', 'real calendar date'],
    ['2021-07-10T23:59:60Z', 'real calendar date'],
    ['2021-07-10T08:00:00+24:00', 'offset'],
    ['1999-12-31T23:59:59Z', 'before the year 2000'],
    ['2000-01-01T06:00:00+07:00', 'before the year 2000'],
    ['0099-07-10T08:00:00Z', 'before the year 2000'],
    ['2021-07-10T08:00:00', 'explicit offset'],
    ['2021-07-10', 'explicit offset'],
    [1625878800000, 'explicit offset'],
  ])('refuses %s', (value, reason) => {
    expect(instantProblem(value)).toContain(reason);
  });
});

describe('dates of birth', () => {
  const NOW = Date.parse('2021-07-20T01:00:00Z');
  it('takes a real date from 1900 on', () => {
    for (const good of ['1980-05-17', '1900-01-01', '2000-02-29', '2021-07-20']) expect(birthDateProblem(good)).toBeNull();
    expect(() => assertBornByNow({ dateOfBirth: '2021-07-20' }, NOW)).not.toThrow();
  });
  it.each([
    ['1980-05-17T00:00:00Z', 'without a time'],
    ['17/05/1980', 'without a time'],
    ['1981-02-29', 'real calendar date'],
    ['1980-13-01', 'real calendar date'],
    ['1899-12-31', 'before 1900'],
  ])('refuses %s', (value, reason) => {
    expect(birthDateProblem(value)).toContain(reason);
  });
  it('refuses a date that has not begun anywhere on Earth', () => {
    expect(() => assertBornByNow({ dateOfBirth: '9999-12-31' }, NOW)).toThrow(/dateOfBirth: must not be in the future/);
    expect(() => assertBornByNow({ dateOfBirth: '2021-07-22' }, NOW)).toThrow(/dateOfBirth/);
  });
});
