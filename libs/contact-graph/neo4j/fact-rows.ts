import type { Integer } from 'neo4j-driver';
import type { GraphFact } from '../contact-graph.port.js';
import { int, intOrNull } from './integers.js';

type Row = Record<string, string | Integer | null>;

/** One batch of facts as the parameter lists of the UNWIND writes, one list per fact type. */
export interface FactRows {
  venues: Row[];
  persons: string[];
  checks: Row[];
  contacts: Row[];
  tests: Row[];
  orders: Row[];
  releases: Row[];
  checkVoids: Row[];
  contactVoids: Row[];
}

/**
 * Groups facts by type, keeping their order within a type: tests and releases overwrite (the last
 * one wins, as in the embedded index); checks, contacts and orders keep the first one of an id,
 * so repeated check ids are dropped here, before the CREATE that relies on unique rows.
 */
export function factRows(facts: readonly GraphFact[]): FactRows {
  const rows: FactRows = { venues: [], persons: [], checks: [], contacts: [], tests: [], orders: [], releases: [], checkVoids: [], contactVoids: [] };
  const checkIds = new Set<string>();
  for (const fact of facts) {
    switch (fact.type) {
      case 'venue':
        rows.venues.push({ venueId: fact.venueId, stayMinutes: int(fact.stayMinutes) });
        break;
      case 'person':
        rows.persons.push(fact.personId);
        break;
      case 'check': {
        const c = fact.check;
        if (checkIds.has(c.checkInId)) break;
        checkIds.add(c.checkInId);
        rows.checks.push({ checkInId: c.checkInId, personId: c.personId, venueId: c.venueId, direction: c.direction, at: int(c.at) });
        break;
      }
      case 'contact': {
        const c = fact.contact;
        rows.contacts.push({ contactId: c.contactId, personA: c.personA, personB: c.personB, from: int(c.from), to: int(c.to), setting: c.setting });
        break;
      }
      case 'test': {
        const t = fact.test;
        rows.tests.push({ testId: t.testId, personId: t.personId, sampledAt: int(t.sampledAt), result: t.result, symptomOnsetAt: intOrNull(t.symptomOnsetAt) });
        break;
      }
      case 'isolation': {
        const o = fact.order;
        rows.orders.push({ orderId: o.orderId, personId: o.personId, kind: o.kind, from: int(o.from), until: intOrNull(o.until) });
        break;
      }
      case 'release':
        rows.releases.push({ orderId: fact.orderId, personId: fact.personId, at: int(fact.at) });
        break;
      case 'check-void':
        rows.checkVoids.push({ checkInId: fact.checkInId, personId: fact.personId });
        break;
      case 'contact-void':
        rows.contactVoids.push({ contactId: fact.contactId });
        break;
    }
  }
  return rows;
}
