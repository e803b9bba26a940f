import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_RULES,
  contactClass,
  infectiousFrom,
  intersect,
  lengthOf,
  windowEnd,
  type TestResult,
} from '../../../libs/exposure-rules/index.js';
import { DAY, order, t } from './helpers.js';

const test = (testId: string, sampledAt: number, result: 'positive' | 'negative', symptomOnsetAt?: number): TestResult => ({
  testId,
  personId: 'p0',
  sampledAt,
  result,
  symptomOnsetAt,
});

describe('infectiousFrom', () => {
  it('is the first positive sample minus INFECTIOUS_LOOKBACK_DAYS', () => {
    expect(infectiousFrom([test('t2', t('07-12 08:00'), 'positive'), test('t1', t('07-11 08:00'), 'positive')], DEFAULT_RULES)).toBe(
      t('07-11 08:00') - 2 * DAY,
    );
  });

  it('uses the symptom onset of that first positive test when known', () => {
    expect(infectiousFrom([test('t1', t('07-11 08:00'), 'positive', t('07-10 06:00'))], DEFAULT_RULES)).toBe(t('07-10 06:00') - 2 * DAY);
  });

  it('breaks a tie in sampledAt by testId, so arrival order does not matter', () => {
    const a = test('a', t('07-11 08:00'), 'positive', t('07-09 00:00'));
    const b = test('b', t('07-11 08:00'), 'positive', t('07-10 00:00'));
    expect(infectiousFrom([a, b], DEFAULT_RULES)).toBe(t('07-09 00:00') - 2 * DAY);
    expect(infectiousFrom([b, a], DEFAULT_RULES)).toBe(t('07-09 00:00') - 2 * DAY);
  });

  it('ignores negative tests and is null without a positive one', () => {
    expect(infectiousFrom([test('n', t('07-01 08:00'), 'negative'), test('p', t('07-11 08:00'), 'positive')], DEFAULT_RULES)).toBe(
      t('07-09 08:00'),
    );
    expect(infectiousFrom([test('n', t('07-01 08:00'), 'negative')], DEFAULT_RULES)).toBeNull();
    expect(infectiousFrom([], DEFAULT_RULES)).toBeNull();
  });

  it('follows the configured lookback', () => {
    expect(infectiousFrom([test('p', t('07-11 08:00'), 'positive')], { ...DEFAULT_RULES, infectiousLookbackDays: 3 })).toBe(t('07-08 08:00'));
  });
});

describe('windowEnd', () => {
  const start = t('07-10 00:00');
  const now = t('07-20 00:00');

  it('is now without orders', () => {
    expect(windowEnd([], start, now, 'other')).toBe(now);
  });

  it('is the from of the first ending order at or after the start', () => {
    const orders = [order('o2', 'p', 'hospital', t('07-13 00:00')), order('o1', 'p', 'centralized', t('07-12 00:00'))];
    expect(windowEnd(orders, start, now, 'other')).toBe(t('07-12 00:00'));
    expect(windowEnd([order('o', 'p', 'hospital', start)], start, now, 'household')).toBe(start);
  });

  it('ignores orders that started before the window', () => {
    expect(windowEnd([order('o', 'p', 'hospital', start - 1)], start, now, 'other')).toBe(now);
  });

  it('home isolation ends other contacts but not household ones', () => {
    const orders = [order('o', 'p', 'home', t('07-12 00:00'))];
    expect(windowEnd(orders, start, now, 'other')).toBe(t('07-12 00:00'));
    expect(windowEnd(orders, start, now, 'household')).toBe(now);
  });

  it('self-monitoring ends nothing', () => {
    const orders = [order('o', 'p', 'self-monitoring', t('07-12 00:00'))];
    expect(windowEnd(orders, start, now, 'other')).toBe(now);
    expect(windowEnd(orders, start, now, 'household')).toBe(now);
  });

  it('is never later than now', () => {
    expect(windowEnd([order('o', 'p', 'hospital', now + DAY)], start, now, 'other')).toBe(now);
  });
});

describe('contactClass', () => {
  it('only household contacts are household; co-presence is other', () => {
    expect(contactClass('household')).toBe('household');
    expect(contactClass('workplace')).toBe('other');
    expect(contactClass(null)).toBe('other');
  });
});

describe('intervals', () => {
  it('are closed: touching intervals meet in one instant of length 0', () => {
    expect(intersect({ start: 0, end: 10 }, { start: 10, end: 20 })).toEqual({ start: 10, end: 10 });
    expect(lengthOf({ start: 10, end: 10 })).toBe(0);
    expect(intersect({ start: 0, end: 10 }, { start: 11, end: 20 })).toBeNull();
    expect(intersect({ start: 5, end: 4 }, { start: 0, end: 10 })).toBeNull();
  });
});
