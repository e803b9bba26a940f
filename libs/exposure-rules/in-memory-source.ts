import type { ContactSource } from './contact-source.js';
import { compareStrings } from './compare.js';
import type { CheckEvent, IsolationOrder, RecordedContact, RulesConfig, Visit } from './types.js';
import { deriveVisits } from './visits.js';

export interface Facts {
  venues: Record<string, number /* stayMinutes */>;
  checks: CheckEvent[];
  contacts: RecordedContact[];
  orders: IsolationOrder[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The reference ContactSource: plain maps and linear scans, obviously correct rather than fast.
 * Tests and the differential suites use it as the oracle for the real indexes.
 */
export class InMemoryContactSource implements ContactSource {
  private constructor(
    private readonly visitsByPerson: Map<string, Visit[]>,
    private readonly visitsByVenue: Map<string, Visit[]>,
    private readonly contactsByPerson: Map<string, RecordedContact[]>,
    private readonly ordersByPerson: Map<string, IsolationOrder[]>,
  ) {}

  static fromFacts(facts: Facts, cfg: RulesConfig): InMemoryContactSource {
    // Object.hasOwn: valid ids include "constructor" and "__proto__".
    const stayMinutesOf = (venueId: string): number =>
      Object.hasOwn(facts.venues, venueId) ? facts.venues[venueId] : cfg.defaultStayMinutes;
    const checksByPerson = new Map<string, CheckEvent[]>();
    for (const c of facts.checks) push(checksByPerson, c.personId, c);

    const visitsByPerson = new Map<string, Visit[]>();
    const visitsByVenue = new Map<string, Visit[]>();
    for (const [personId, checks] of checksByPerson) {
      const visits = deriveVisits(checks, stayMinutesOf, cfg);
      visitsByPerson.set(personId, visits);
      for (const v of visits) push(visitsByVenue, v.venueId, v);
    }
    for (const list of visitsByVenue.values()) {
      list.sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.personId, b.personId));
    }

    const contactsByPerson = new Map<string, RecordedContact[]>();
    for (const c of [...facts.contacts].sort((a, b) => compareStrings(a.contactId, b.contactId))) {
      push(contactsByPerson, c.personA, c);
      if (c.personB !== c.personA) push(contactsByPerson, c.personB, c);
    }
    const ordersByPerson = new Map<string, IsolationOrder[]>();
    for (const o of [...facts.orders].sort((a, b) => a.from - b.from || compareStrings(a.orderId, b.orderId))) {
      push(ordersByPerson, o.personId, o);
    }
    return new InMemoryContactSource(visitsByPerson, visitsByVenue, contactsByPerson, ordersByPerson);
  }

  visitsOf(personId: string): readonly Visit[] {
    return this.visitsByPerson.get(personId) ?? [];
  }

  visitsAt(venueId: string, from: number, to: number): readonly Visit[] {
    return (this.visitsByVenue.get(venueId) ?? []).filter((v) => v.start <= to && v.end >= from);
  }

  contactsOf(personId: string): readonly RecordedContact[] {
    return this.contactsByPerson.get(personId) ?? [];
  }

  ordersOf(personId: string): readonly IsolationOrder[] {
    return this.ordersByPerson.get(personId) ?? [];
  }
}
