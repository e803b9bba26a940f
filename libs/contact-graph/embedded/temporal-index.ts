import type { GraphFact, IsolationView } from '../contact-graph.port.js';
import type { ContactSource } from '../../exposure-rules/contact-source.js';
import { deriveVisits } from '../../exposure-rules/visits.js';
import type { CheckEvent, RecordedContact, RulesConfig, TestResult, Visit } from '../../exposure-rules/types.js';
import { VenueTimeline } from './venue-timeline.js';

/** The facts of the contact graph in memory, indexed for the neighbourhood queries of the rules. */
export class TemporalIndex implements ContactSource {
  private readonly stays = new Map<string, number>();
  private readonly checks = new Map<string, Map<string, CheckEvent>>();
  private readonly visits = new Map<string, Visit[]>();
  private readonly timelines = new Map<string, VenueTimeline>();
  private readonly contacts = new Map<string, RecordedContact[]>();
  private readonly contactIds = new Set<string>();
  readonly tests = new Map<string, Map<string, TestResult>>();
  private readonly orders = new Map<string, Map<string, IsolationView>>();
  readonly owners = new Map<string, string>();
  readonly positives = new Set<string>();

  constructor(private readonly cfg: RulesConfig) {}

  /** Applies facts; persons whose check events changed get their visits derived again once. */
  apply(facts: GraphFact[]): void {
    const dirty = new Set<string>();
    for (const fact of facts) {
      switch (fact.type) {
        case 'venue':
          this.stays.set(fact.venueId, fact.stayMinutes);
          break;
        case 'check': {
          const { personId, checkInId } = fact.check;
          const mine = this.checks.get(personId) ?? new Map<string, CheckEvent>();
          this.checks.set(personId, mine);
          if (!mine.has(checkInId)) {
            mine.set(checkInId, fact.check);
            dirty.add(personId);
          }
          break;
        }
        case 'contact':
          this.addContact(fact.contact);
          break;
        case 'test': {
          const mine = this.tests.get(fact.test.personId) ?? new Map<string, TestResult>();
          this.tests.set(fact.test.personId, mine);
          mine.set(fact.test.testId, fact.test);
          if (fact.test.result === 'positive') this.positives.add(fact.test.personId);
          break;
        }
        case 'isolation': {
          const mine = this.orders.get(fact.order.personId) ?? new Map<string, IsolationView>();
          this.orders.set(fact.order.personId, mine);
          if (!mine.has(fact.order.orderId)) mine.set(fact.order.orderId, { ...fact.order, releasedAt: null });
          this.owners.set(fact.order.orderId, fact.order.personId);
          break;
        }
        case 'release': {
          const order = this.orders.get(fact.personId)?.get(fact.orderId);
          if (order) order.releasedAt = fact.at;
          break;
        }
        case 'person':
          break;
      }
    }
    for (const personId of dirty) this.rederive(personId);
  }

  /** Retention: forgets check events and recorded contacts that happened before `cutoff`. */
  forgetBefore(cutoff: number): void {
    for (const [personId, mine] of this.checks) {
      let changed = false;
      for (const [id, check] of mine) {
        if (check.at < cutoff) {
          mine.delete(id);
          changed = true;
        }
      }
      if (changed) this.rederive(personId);
    }
    for (const [personId, mine] of this.contacts) {
      const kept = mine.filter((c) => c.to >= cutoff);
      if (kept.length !== mine.length) this.contacts.set(personId, kept);
    }
  }

  visitsOf(personId: string): readonly Visit[] {
    return this.visits.get(personId) ?? [];
  }

  visitsAt(venueId: string, from: number, to: number): readonly Visit[] {
    return this.timelines.get(venueId)?.overlapping(from, to) ?? [];
  }

  contactsOf(personId: string): readonly RecordedContact[] {
    return this.contacts.get(personId) ?? [];
  }

  ordersOf(personId: string): readonly IsolationView[] {
    return [...(this.orders.get(personId)?.values() ?? [])];
  }

  private addContact(contact: RecordedContact): void {
    if (this.contactIds.has(contact.contactId)) return;
    this.contactIds.add(contact.contactId);
    for (const p of [contact.personA, contact.personB]) {
      const mine = this.contacts.get(p);
      if (mine) mine.push(contact);
      else this.contacts.set(p, [contact]);
    }
  }

  private rederive(personId: string): void {
    for (const old of this.visits.get(personId) ?? []) this.timelines.get(old.venueId)?.remove(old);
    const stayOf = (venueId: string) => this.stays.get(venueId) ?? this.cfg.defaultStayMinutes;
    const fresh = deriveVisits([...(this.checks.get(personId)?.values() ?? [])], stayOf, this.cfg);
    this.visits.set(personId, fresh);
    for (const v of fresh) {
      let timeline = this.timelines.get(v.venueId);
      if (!timeline) {
        timeline = new VenueTimeline(this.cfg.maxStayHours * 3_600_000);
        this.timelines.set(v.venueId, timeline);
      }
      timeline.add(v);
    }
  }
}
