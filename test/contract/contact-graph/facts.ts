import type { GraphFact } from '../../../libs/contact-graph/contact-graph.port.js';
import type { ContactSetting, IsolationKind } from '../../../libs/exposure-rules/index.js';
import { shuffled, type RandomMerge, type RandomVoids, type RandomWorld } from '../../support/random-world.js';

import { DAY, HOUR, MINUTE, t } from '../../support/times.js';

export { DAY, HOUR, MINUTE, t };

let seq = 0;
const nextId = (prefix: string): string => `${prefix}${String((seq += 1)).padStart(6, '0')}`;

export const venue = (venueId: string, stayMinutes = 60): GraphFact => ({ type: 'venue', venueId, stayMinutes });

export function scan(personId: string, venueId: string, direction: 'in' | 'out', at: number, checkInId = nextId('c')): GraphFact {
  return { type: 'check', check: { checkInId, personId, venueId, direction, at } };
}

/** A check-in and its check-out. */
export const visit = (personId: string, venueId: string, from: number, to: number): GraphFact[] => [
  scan(personId, venueId, 'in', from),
  scan(personId, venueId, 'out', to),
];

export function contact(contactId: string, personA: string, personB: string, from: number, to: number, setting: ContactSetting = 'social'): GraphFact {
  return { type: 'contact', contact: { contactId, personA, personB, from, to, setting } };
}

export function positive(personId: string, sampledAt: number, opts: { testId?: string; onset?: number } = {}): GraphFact {
  return { type: 'test', test: { testId: opts.testId ?? nextId('t'), personId, sampledAt, result: 'positive', symptomOnsetAt: opts.onset ?? null } };
}

export function negative(personId: string, sampledAt: number): GraphFact {
  return { type: 'test', test: { testId: nextId('t'), personId, sampledAt, result: 'negative', symptomOnsetAt: null } };
}

export function isolation(orderId: string, personId: string, kind: IsolationKind, from: number, until: number | null = null): GraphFact {
  return { type: 'isolation', order: { orderId, personId, kind, from, until } };
}

export const release = (orderId: string, personId: string, at: number): GraphFact => ({ type: 'release', orderId, personId, at });

export const voidCheck = (checkInId: string, personId: string): GraphFact => ({ type: 'check-void', checkInId, personId });

export const voidContact = (contactId: string): GraphFact => ({ type: 'contact-void', contactId });

export const merge = (keptId: string, mergedId: string): GraphFact => ({ type: 'merge', keptId, mergedId });

export const mergeFacts = (merges: readonly RandomMerge[]): GraphFact[] => merges.map((m) => merge(m.keptId, m.mergedId));

/** The corrections as graph facts. */
export const voidFacts = (voids: RandomVoids): GraphFact[] => [
  ...voids.checks.map((c) => voidCheck(c.checkInId, c.personId)),
  ...voids.contactIds.map(voidContact),
];

/**
 * A random world as graph facts: registrations (which the log always holds before any check,
 * since a check at an unknown venue is refused) and the movement, test and order facts.
 */
export function worldFacts(world: RandomWorld): { registrations: GraphFact[]; rest: GraphFact[] } {
  return {
    registrations: [
      ...world.venues.map((v) => venue(v.venueId, v.stayMinutes)),
      ...world.persons.map((personId): GraphFact => ({ type: 'person', personId })),
    ],
    rest: [
      ...world.checks.map((check): GraphFact => ({ type: 'check', check })),
      ...world.contacts.map((c): GraphFact => ({ type: 'contact', contact: c })),
      ...world.tests.map(({ method: _method, ...test }): GraphFact => ({ type: 'test', test })),
      ...world.orders.map((order): GraphFact => ({ type: 'isolation', order: { ...order, until: order.until ?? null } })),
    ],
  };
}

/** `facts` shuffled by `seed` and cut into `parts` batches of uneven size. */
export function shuffledBatches(facts: readonly GraphFact[], seed: number, parts: number): GraphFact[][] {
  const mixed = shuffled(facts, seed);
  const batches: GraphFact[][] = [];
  let from = 0;
  for (let i = 1; i <= parts; i++) {
    const to = i === parts ? mixed.length : Math.floor((mixed.length * i * i) / (parts * parts));
    batches.push(mixed.slice(from, to));
    from = to;
  }
  return batches;
}
