import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_RULES,
  InMemoryContactSource,
  computeExposures,
  type ContactSource,
  type Visit,
} from '../../../libs/exposure-rules/index.js';
import { MINUTE, contact, exposuresOf, order, stay, summary, t } from './helpers.js';

const V = { V: 60, W: 60 };
const from = t('07-10 00:00'); // the F0's infectiousFrom in these scenarios

describe('computeExposures', () => {
  it('finds an F1 by co-presence at the start of the overlap, with the overlap as evidence', () => {
    const exposures = exposuresOf({ venues: V, checks: [...stay('p0', 'V', t('07-10 08:00'), t('07-10 09:00')), ...stay('p1', 'V', t('07-10 08:30'), t('07-10 10:00'))] }, 'p0', from);
    expect(exposures).toEqual([
      {
        personId: 'p1',
        level: 1,
        exposedAt: t('07-10 08:30'),
        lastExposedAt: t('07-10 09:00'),
        via: { fromPersonId: 'p0', kind: 'co-presence', venueId: 'V', contactId: null, from: t('07-10 08:30'), to: t('07-10 09:00') },
      },
    ]);
  });

  it('exposes at the start of the contact inside the window, keeping the whole contact as evidence', () => {
    const exposures = exposuresOf({ contacts: [contact('k', 'p0', 'p1', t('07-09 23:00'), t('07-10 01:00'))] }, 'p0', from);
    expect(exposures[0].exposedAt).toBe(from);
    expect(exposures[0].via).toEqual({ fromPersonId: 'p0', kind: 'recorded-contact', venueId: null, contactId: 'k', from: t('07-09 23:00'), to: t('07-10 01:00') });
  });

  describe('MIN_OVERLAP_MINUTES', () => {
    const checks = [
      ...stay('p0', 'V', t('07-10 08:00'), t('07-10 09:00')),
      ...stay('p14', 'V', t('07-10 08:46'), t('07-10 10:00')),
      ...stay('p15', 'V', t('07-10 08:45'), t('07-10 10:00')),
    ];

    it('a 14-minute overlap does not qualify, a 15-minute one does', () => {
      // depth 1: p14 and p15 spent over an hour together, p14 is an F2.
      expect(summary(exposuresOf({ venues: V, checks }, 'p0', from, { depth: 1 }))).toEqual([['p15', 1, t('07-10 08:45'), 'p0']]);
    });

    it('counts only the part of the overlap inside the window', () => {
      // The F0 became infectious at 08:50: 10 minutes of the 15-minute overlap are left.
      expect(exposuresOf({ venues: V, checks }, 'p0', t('07-10 08:50'))).toEqual([]);
    });

    it('follows the configured minimum', () => {
      const cfg = { ...DEFAULT_RULES, minOverlapMinutes: 14 };
      expect(summary(exposuresOf({ venues: V, checks }, 'p0', from, { cfg, depth: 1 })).map((e) => e[0])).toEqual(['p15', 'p14']);
    });
  });

  describe('closed intervals', () => {
    it('a recorded contact touching the window end counts', () => {
      const exposures = exposuresOf(
        {
          contacts: [contact('k1', 'p0', 'p1', t('07-10 12:00'), t('07-10 13:00')), contact('k2', 'p0', 'p2', t('07-10 12:01'), t('07-10 13:00'))],
          orders: [order('o', 'p0', 'hospital', t('07-10 12:00'))],
        },
        'p0',
        from,
      );
      expect(summary(exposures)).toEqual([['p1', 1, t('07-10 12:00'), 'p0']]);
    });

    it('a zero-length recorded contact at the window start counts', () => {
      expect(summary(exposuresOf({ contacts: [contact('k', 'p1', 'p0', from, from)] }, 'p0', from))).toEqual([['p1', 1, from, 'p0']]);
    });

    it('visits that only touch are no co-presence', () => {
      const checks = [...stay('p0', 'V', t('07-10 08:00'), t('07-10 09:00')), ...stay('p1', 'V', t('07-10 09:00'), t('07-10 10:00'))];
      expect(exposuresOf({ venues: V, checks }, 'p0', from, { cfg: { ...DEFAULT_RULES, minOverlapMinutes: 0 } })).toHaveLength(1);
      expect(exposuresOf({ venues: V, checks }, 'p0', from)).toEqual([]);
    });
  });

  describe('isolation cuts the window', () => {
    it('of the F0', () => {
      const scenario = {
        venues: V,
        checks: [
          ...stay('p0', 'V', t('07-10 09:00'), t('07-10 10:30')),
          ...stay('p1', 'V', t('07-10 09:00'), t('07-10 09:30')),
          ...stay('p3', 'V', t('07-10 09:50'), t('07-10 10:30')),
          ...stay('p0', 'W', t('07-10 11:00'), t('07-10 12:00')),
          ...stay('p2', 'W', t('07-10 11:00'), t('07-10 12:00')),
        ],
        orders: [order('old', 'p0', 'hospital', from - MINUTE), order('o', 'p0', 'centralized', t('07-10 10:00'))],
      };
      // p3's 40 minutes are cut to 10 by the isolation, p2 comes after it; an order before the window is ignored.
      expect(summary(exposuresOf(scenario, 'p0', from))).toEqual([['p1', 1, t('07-10 09:00'), 'p0']]);
    });

    it('of an F1, from its own order on', () => {
      const scenario = {
        contacts: [
          contact('k1', 'p0', 'p1', t('07-10 08:00'), t('07-10 08:10')),
          contact('k2', 'p1', 'p2', t('07-10 11:00'), t('07-10 11:30')),
          contact('k3', 'p1', 'p3', t('07-10 13:00'), t('07-10 13:30')),
        ],
        orders: [order('o', 'p1', 'hospital', t('07-10 12:00'))],
      };
      expect(summary(exposuresOf(scenario, 'p0', from))).toEqual([
        ['p1', 1, t('07-10 08:00'), 'p0'],
        ['p2', 2, t('07-10 11:00'), 'p1'],
      ]);
    });

    it('home isolation still counts household contacts, but nothing else', () => {
      const scenario = {
        venues: V,
        checks: [...stay('p0', 'V', t('07-10 15:00'), t('07-10 16:00')), ...stay('p3', 'V', t('07-10 15:00'), t('07-10 16:00'))],
        contacts: [
          contact('k1', 'p0', 'p1', t('07-10 15:00'), t('07-10 15:01'), 'household'),
          contact('k2', 'p0', 'p2', t('07-10 15:00'), t('07-10 15:01'), 'social'),
        ],
        orders: [order('o', 'p0', 'home', t('07-10 10:00'))],
      };
      expect(summary(exposuresOf(scenario, 'p0', from))).toEqual([['p1', 1, t('07-10 15:00'), 'p0']]);
      const centralized = { ...scenario, orders: [order('o', 'p0', 'centralized', t('07-10 10:00'))] };
      expect(exposuresOf(centralized, 'p0', from)).toEqual([]);
    });

    it('self-monitoring ends nothing', () => {
      const scenario = {
        venues: V,
        checks: [...stay('p0', 'V', t('07-10 15:00'), t('07-10 16:00')), ...stay('p1', 'V', t('07-10 15:00'), t('07-10 16:00'))],
        orders: [order('o', 'p0', 'self-monitoring', t('07-10 10:00'))],
      };
      expect(summary(exposuresOf(scenario, 'p0', from))).toEqual([['p1', 1, t('07-10 15:00'), 'p0']]);
    });

    it('now ends every window: the future has not happened', () => {
      const scenario = { venues: V, checks: [...stay('p0', 'V', t('07-10 08:00'), t('07-10 09:00')), ...stay('p1', 'V', t('07-10 08:00'), t('07-10 09:00'))] };
      expect(exposuresOf(scenario, 'p0', from, { now: t('07-10 08:14') })).toEqual([]);
      expect(summary(exposuresOf(scenario, 'p0', from, { now: t('07-10 08:15') }))).toEqual([['p1', 1, t('07-10 08:00'), 'p0']]);
      expect(exposuresOf(scenario, 'p0', t('07-10 10:00'), { now: t('07-10 09:30') })).toEqual([]);
    });
  });

  describe('levels', () => {
    it('a person reachable at two levels keeps the lowest, even when the higher one was earlier', () => {
      const scenario = {
        contacts: [
          contact('k1', 'p0', 'p1', t('07-10 08:00'), t('07-10 08:10')),
          contact('k2', 'p1', 'p2', t('07-10 09:00'), t('07-10 09:10')),
          contact('k3', 'p0', 'p2', t('07-10 20:00'), t('07-10 20:10')),
        ],
      };
      expect(summary(exposuresOf(scenario, 'p0', from))).toEqual([
        ['p1', 1, t('07-10 08:00'), 'p0'],
        ['p2', 1, t('07-10 20:00'), 'p0'],
      ]);
    });

    it('the F0 is never levelled, and nobody is levelled twice', () => {
      const scenario = {
        contacts: [
          contact('k1', 'p0', 'p1', t('07-10 08:00'), t('07-10 08:10')),
          contact('k2', 'p1', 'p0', t('07-10 09:00'), t('07-10 09:10')),
          contact('k3', 'p1', 'p2', t('07-10 10:00'), t('07-10 10:10')),
          contact('k4', 'p2', 'p1', t('07-10 11:00'), t('07-10 11:10')),
        ],
      };
      expect(summary(exposuresOf(scenario, 'p0', from))).toEqual([
        ['p1', 1, t('07-10 08:00'), 'p0'],
        ['p2', 2, t('07-10 10:00'), 'p1'],
      ]);
    });

    it('the earliest exposure within a level wins', () => {
      const scenario = {
        contacts: [
          contact('k1', 'p0', 'a', t('07-10 08:00'), t('07-10 08:10')),
          contact('k2', 'p0', 'b', t('07-10 08:00'), t('07-10 08:10')),
          contact('k3', 'a', 'c', t('07-10 12:00'), t('07-10 12:10')),
          contact('k4', 'b', 'c', t('07-10 11:00'), t('07-10 11:10')),
        ],
      };
      expect(summary(exposuresOf(scenario, 'p0', from)).at(-1)).toEqual(['c', 2, t('07-10 11:00'), 'b']);
    });

    it('stops at the requested depth', () => {
      const scenario = {
        contacts: [
          contact('k1', 'p0', 'p1', t('07-10 08:00'), t('07-10 08:10')),
          contact('k2', 'p1', 'p2', t('07-10 09:00'), t('07-10 09:10')),
          contact('k3', 'p2', 'p3', t('07-10 10:00'), t('07-10 10:10')),
          contact('k4', 'p3', 'p4', t('07-10 11:00'), t('07-10 11:10')),
        ],
      };
      expect(exposuresOf(scenario, 'p0', from, { depth: 0 })).toEqual([]);
      expect(summary(exposuresOf(scenario, 'p0', from, { depth: 1 })).map((e) => e[0])).toEqual(['p1']);
      expect(summary(exposuresOf(scenario, 'p0', from)).map((e) => e[0])).toEqual(['p1', 'p2', 'p3']);
      expect(summary(exposuresOf(scenario, 'p0', from, { depth: 5 })).map((e) => e[0])).toEqual(['p1', 'p2', 'p3', 'p4']);
    });

    it('orders the answer by level, then exposedAt, then personId', () => {
      const scenario = {
        contacts: [
          contact('k1', 'p0', 'z', t('07-10 08:00'), t('07-10 08:10')),
          contact('k2', 'p0', 'y', t('07-10 09:00'), t('07-10 09:10')),
          contact('k3', 'p0', 'x', t('07-10 09:00'), t('07-10 09:10')),
          contact('k4', 'z', 'a', t('07-10 08:05'), t('07-10 08:10')),
        ],
      };
      expect(summary(exposuresOf(scenario, 'p0', from)).map((e) => e[0])).toEqual(['z', 'x', 'y', 'a']);
    });
  });

  describe('ties between equally early exposures', () => {
    it('the smaller source personId wins', () => {
      const scenario = {
        contacts: [
          contact('k1', 'p0', 'b', t('07-10 08:00'), t('07-10 08:10')),
          contact('k2', 'p0', 'a', t('07-10 08:00'), t('07-10 08:10')),
          contact('k3', 'b', 'c', t('07-10 10:00'), t('07-10 10:10')),
          contact('k4', 'a', 'c', t('07-10 10:00'), t('07-10 10:20')),
        ],
      };
      expect(exposuresOf(scenario, 'p0', from).at(-1)?.via).toMatchObject({ fromPersonId: 'a', contactId: 'k4' });
    });

    it('then co-presence before recorded contact, then the smaller venue or contact id, then the interval', () => {
      const checks = [
        ...stay('p0', 'W', t('07-10 08:00'), t('07-10 09:00')),
        ...stay('p1', 'W', t('07-10 08:00'), t('07-10 08:30')),
      ];
      const contacts = [contact('k2', 'p0', 'p1', t('07-10 08:00'), t('07-10 08:05')), contact('k1', 'p0', 'p1', t('07-10 08:00'), t('07-10 08:06'))];
      expect(exposuresOf({ venues: V, checks, contacts }, 'p0', from)[0].via).toMatchObject({ kind: 'co-presence', venueId: 'W' });
      expect(exposuresOf({ contacts }, 'p0', from)[0].via).toMatchObject({ contactId: 'k1' });
      const sameId = [contact('k', 'p0', 'p1', t('07-10 08:00'), t('07-10 08:06')), contact('k', 'p0', 'p1', t('07-10 08:00'), t('07-10 08:05'))];
      expect(exposuresOf({ contacts: sameId }, 'p0', from)[0].via).toMatchObject({ from: t('07-10 08:00'), to: t('07-10 08:05') });
    });
  });

  it('chains respect time: an F2 is never exposed before its F1, nor by contacts before it', () => {
    const scenario = {
      contacts: [
        contact('k1', 'p0', 'p1', t('07-10 12:00'), t('07-10 12:10')),
        contact('k2', 'p1', 'p2', t('07-10 09:00'), t('07-10 09:10')),
        contact('k3', 'p1', 'p3', t('07-10 11:00'), t('07-10 13:00')),
      ],
    };
    const exposures = exposuresOf(scenario, 'p0', from);
    expect(summary(exposures)).toEqual([
      ['p1', 1, t('07-10 12:00'), 'p0'],
      ['p3', 2, t('07-10 12:00'), 'p1'],
    ]);
    expect(exposures[1].via).toMatchObject({ from: t('07-10 11:00'), to: t('07-10 13:00') });
  });

  describe('last exposure (DESIGN 3, "Last exposure")', () => {
    const lastOf = (s: Parameters<typeof exposuresOf>[0], opts: Parameters<typeof exposuresOf>[3] = {}) =>
      exposuresOf(s, 'p0', from, opts).map((e) => [e.personId, e.level, e.exposedAt, e.lastExposedAt]);

    it('a household member exposed every evening counts from the last evening before the case was isolated', () => {
      const evenings = [10, 11, 12, 13].map((d) => contact(`k${d}`, 'p0', 'h', t(`07-${d} 18:00`), t(`07-${d} 22:00`), 'household'));
      // Centralized isolation on the 12th at 20:00 ends household contacts: the 12th's evening is cut there.
      const orders = [order('o', 'p0', 'centralized', t('07-12 20:00'))];
      expect(lastOf({ contacts: evenings, orders })).toEqual([['h', 1, t('07-10 18:00'), t('07-12 20:00')]]);
      expect(lastOf({ contacts: evenings })).toEqual([['h', 1, t('07-10 18:00'), t('07-13 22:00')]]);
    });

    it('is the latest end of a qualifying co-presence inside the window, ignoring overlaps too short to count', () => {
      const checks = [
        ...stay('p0', 'V', t('07-10 08:00'), t('07-10 09:00')),
        ...stay('p1', 'V', t('07-10 08:30'), t('07-10 10:00')),
        ...stay('p0', 'W', t('07-11 08:00'), t('07-11 10:00')),
        ...stay('p1', 'W', t('07-11 09:50'), t('07-11 11:00')), // 10 minutes: does not qualify
        ...stay('p0', 'V', t('07-11 14:00'), t('07-11 15:00')),
        ...stay('p1', 'V', t('07-11 13:00'), t('07-11 14:30')), // qualifies: ends at 14:30
      ];
      expect(lastOf({ venues: V, checks })).toEqual([['p1', 1, t('07-10 08:30'), t('07-11 14:30')]]);
    });

    it('counts contacts with every source of the level above, not only the one of the via hop', () => {
      const contacts = [
        contact('k1', 'p0', 'a', t('07-10 08:00'), t('07-10 08:10')),
        contact('k2', 'p0', 'b', t('07-10 09:00'), t('07-10 09:10')),
        contact('k3', 'a', 'c', t('07-10 10:00'), t('07-10 10:10')),
        contact('k4', 'b', 'c', t('07-10 15:00'), t('07-10 16:00')),
      ];
      const rows = exposuresOf({ contacts }, 'p0', from);
      expect(rows.find((e) => e.personId === 'c')).toMatchObject({ level: 2, exposedAt: t('07-10 10:00'), lastExposedAt: t('07-10 16:00'), via: { fromPersonId: 'a' } });
    });

    it('ignores contacts with people of the same level, and ends at now while a contact goes on', () => {
      const contacts = [
        contact('k1', 'p0', 'a', t('07-10 08:00'), t('07-10 08:10')),
        contact('k2', 'p0', 'b', t('07-10 08:00'), t('07-10 08:10')),
        contact('k3', 'a', 'b', t('07-10 20:00'), t('07-10 21:00')), // both F1: no later exposure of either
        contact('k4', 'p0', 'd', t('07-10 12:00'), t('07-10 18:00')),
      ];
      expect(lastOf({ contacts }, { now: t('07-10 13:00') })).toEqual([
        ['a', 1, t('07-10 08:00'), t('07-10 08:10')],
        ['b', 1, t('07-10 08:00'), t('07-10 08:10')],
        ['d', 1, t('07-10 12:00'), t('07-10 13:00')],
      ]);
    });
  });

  it('asks the source only for the neighbourhood of the chain', () => {
    const inner = InMemoryContactSource.fromFacts(
      {
        venues: V,
        checks: [
          ...stay('p0', 'V', t('07-10 08:00'), t('07-10 09:00')),
          ...stay('p0', 'W', t('07-09 08:00'), t('07-09 09:00')), // before the window: not asked about
          ...stay('p1', 'V', t('07-10 08:30'), t('07-10 10:00')),
          ...stay('p1', 'W', t('07-10 11:00'), t('07-10 12:00')),
          ...stay('p2', 'W', t('07-10 11:30'), t('07-10 12:30')),
          ...stay('far', 'V', t('07-12 08:00'), t('07-12 09:00')),
        ],
        contacts: [],
        orders: [],
      },
      DEFAULT_RULES,
    );
    const asked: string[] = [];
    const spy: ContactSource = {
      visitsOf: (p) => (asked.push(`visitsOf ${p}`), inner.visitsOf(p)),
      contactsOf: (p) => (asked.push(`contactsOf ${p}`), inner.contactsOf(p)),
      ordersOf: (p) => (asked.push(`ordersOf ${p}`), inner.ordersOf(p)),
      visitsAt: (v, a, b): readonly Visit[] => (asked.push(`visitsAt ${v} ${new Date(a).toISOString()} ${new Date(b).toISOString()}`), inner.visitsAt(v, a, b)),
    };
    const exposures = computeExposures(spy, { personId: 'p0', infectiousFrom: from }, 2, t('07-20 00:00'), DEFAULT_RULES);
    expect(summary(exposures).map((e) => e[0])).toEqual(['p1', 'p2']);
    expect([...asked].sort()).toEqual(
      [
        'visitsOf p0', 'contactsOf p0', 'ordersOf p0',
        'visitsAt V 2021-07-10T08:00:00.000Z 2021-07-10T09:00:00.000Z',
        'visitsOf p1', 'contactsOf p1', 'ordersOf p1',
        // p1's window starts at its exposure, 08:30.
        'visitsAt V 2021-07-10T08:30:00.000Z 2021-07-10T10:00:00.000Z',
        'visitsAt W 2021-07-10T11:00:00.000Z 2021-07-10T12:00:00.000Z',
      ].sort(),
    );
  });
});
