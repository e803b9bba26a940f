import { describe, expect, it } from '@jest/globals';
import { DEFAULT_RULES, InMemoryContactSource } from '../../../libs/exposure-rules/index.js';
import { check, contact, order, stay, t } from './helpers.js';

describe('InMemoryContactSource', () => {
  const source = InMemoryContactSource.fromFacts(
    {
      venues: { V: 30 },
      checks: [
        ...stay('a', 'V', t('07-10 08:00'), t('07-10 09:00')),
        check('b', 'V', 'in', t('07-10 09:00')),
        check('b', 'X', 'in', t('07-10 12:00')),
        check('c', 'constructor', 'in', t('07-10 12:00')),
      ],
      contacts: [contact('k', 'a', 'b', t('07-10 10:00'), t('07-10 10:05'))],
      orders: [order('o2', 'a', 'home', t('07-11 00:00')), order('o1', 'a', 'hospital', t('07-10 00:00'))],
    },
    DEFAULT_RULES,
  );

  it('derives each person’s visits with the venue stay, or the default for unknown venues', () => {
    expect(source.visitsOf('b')).toEqual([
      { personId: 'b', venueId: 'V', start: t('07-10 09:00'), end: t('07-10 09:30') },
      { personId: 'b', venueId: 'X', start: t('07-10 12:00'), end: t('07-10 13:00') },
    ]);
    // A venue id that is also an Object.prototype member is just an unknown venue.
    expect(source.visitsOf('c')).toEqual([{ personId: 'c', venueId: 'constructor', start: t('07-10 12:00'), end: t('07-10 13:00') }]);
    expect(source.visitsOf('nobody')).toEqual([]);
  });

  it('finds the visits at a venue intersecting a closed range', () => {
    expect(source.visitsAt('V', t('07-10 09:00'), t('07-10 09:00')).map((v) => v.personId)).toEqual(['a', 'b']);
    expect(source.visitsAt('V', t('07-10 09:01'), t('07-10 10:00')).map((v) => v.personId)).toEqual(['b']);
    expect(source.visitsAt('V', t('07-10 09:31'), t('07-10 10:00'))).toEqual([]);
    expect(source.visitsAt('nowhere', 0, Number.MAX_SAFE_INTEGER)).toEqual([]);
  });

  it('gives a recorded contact to both persons, and each person’s orders by from', () => {
    expect(source.contactsOf('a').map((c) => c.contactId)).toEqual(['k']);
    expect(source.contactsOf('b').map((c) => c.contactId)).toEqual(['k']);
    expect(source.ordersOf('a').map((o) => o.orderId)).toEqual(['o1', 'o2']);
    expect(source.ordersOf('b')).toEqual([]);
  });
});
