import type { GraphFact, IsolationView, MergedPair } from '../contact-graph.port.js';
import type { ContactSource } from '../../exposure-rules/contact-source.js';
import { compareVisits, deriveVisits } from '../../exposure-rules/visits.js';
import type { CheckEvent, RecordedContact, RulesConfig, TestResult, Visit } from '../../exposure-rules/types.js';
import { VenueTimeline } from './venue-timeline.js';

/** The facts of the contact graph in memory, indexed for the neighbourhood queries of the rules. */
export class TemporalIndex implements ContactSource {
  private readonly stays = new Map<string, number>();
  /** One instance of each person and venue id: the index holds millions of references to a few. */
  private readonly ids = new Map<string, string>();
  private readonly checks = new Map<string, CheckEvent[]>();
  private readonly visits = new Map<string, Visit[]>();
  private readonly timelines = new Map<string, VenueTimeline>();
  private readonly contacts = new Map<string, RecordedContact[]>();
  /** Every contact ever applied by id, voided ones too: a contact id counts once, and a voided one never again. */
  private readonly contactIds = new Map<string, RecordedContact>();
  /** Voided check events by id: kept so that the same check applied again stays voided, and has an owner. */
  private readonly voidedChecks = new Map<string, CheckEvent>();
  readonly tests = new Map<string, Map<string, TestResult>>();
  private readonly orders = new Map<string, Map<string, IsolationView>>();
  readonly owners = new Map<string, string>();
  readonly positives = new Set<string>();
  readonly merged: MergedPair[] = [];

  constructor(private readonly cfg: RulesConfig) {}

  /** Applies facts; persons whose check events changed get their visits derived again once. */
  apply(facts: GraphFact[]): void {
    const dirty = new Set<string>();
    for (const fact of facts) {
      switch (fact.type) {
        case 'venue':
          this.stays.set(fact.venueId, fact.stayMinutes);
          break;
        case 'check':
          if (this.addCheck(fact.check)) dirty.add(fact.check.personId);
          break;
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
        case 'check-void':
          if (this.voidCheck(fact.personId, fact.checkInId)) dirty.add(fact.personId);
          break;
        case 'contact-void':
          this.voidContact(fact.contactId);
          break;
        case 'merge':
          this.merge(fact.keptId, fact.mergedId);
          dirty.add(fact.keptId).add(fact.mergedId);
          break;
        case 'person':
          break;
      }
    }
    for (const personId of dirty) this.rederive(personId);
  }

  /** Retention: forgets check events and recorded contacts that happened before `cutoff`. */
  forgetBefore(cutoff: number): void {
    for (const [personId, mine] of this.checks) {
      const kept = mine.filter((c) => c.at >= cutoff);
      if (kept.length === mine.length) continue;
      this.checks.set(personId, kept);
      this.rederive(personId);
    }
    for (const [personId, mine] of this.contacts) {
      const kept = mine.filter((c) => c.to >= cutoff);
      if (kept.length !== mine.length) this.contacts.set(personId, kept);
    }
    for (const [checkInId, check] of this.voidedChecks) if (check.at < cutoff) this.voidedChecks.delete(checkInId);
    for (const [contactId, contact] of this.contactIds) if (contact.to < cutoff) this.contactIds.delete(contactId);
  }

  /**
   * The owner of a check event, voided or not. A scan over every person: corrections are rare, and
   * an id map beside millions of checks would cost memory every check pays.
   */
  checkOwner(checkInId: string): string | null {
    const voided = this.voidedChecks.get(checkInId);
    if (voided) return voided.personId;
    for (const [personId, mine] of this.checks) if (mine.some((c) => c.checkInId === checkInId)) return personId;
    return null;
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

  private id(value: string): string {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    this.ids.set(value, value);
    return value;
  }

  /** False when the person already has this checkInId: a check event is recorded once. */
  private addCheck(check: CheckEvent): boolean {
    const personId = this.id(check.personId);
    const mine = this.checks.get(personId);
    if (this.voidedChecks.has(check.checkInId) || mine?.some((c) => c.checkInId === check.checkInId)) return false;
    const interned = { ...check, personId, venueId: this.id(check.venueId) };
    if (mine) mine.push(interned);
    else this.checks.set(personId, [interned]);
    return true;
  }

  /** False when the person holds no such (unvoided) check: nothing to derive again. */
  private voidCheck(personId: string, checkInId: string): boolean {
    const mine = this.checks.get(personId);
    const at = mine?.findIndex((c) => c.checkInId === checkInId) ?? -1;
    if (!mine || at < 0) return false;
    this.voidedChecks.set(checkInId, mine[at]);
    mine.splice(at, 1);
    return true;
  }

  private voidContact(contactId: string): void {
    const contact = this.contactIds.get(contactId);
    if (!contact) return;
    for (const p of [contact.personA, contact.personB]) {
      const mine = this.contacts.get(p);
      if (mine) this.contacts.set(p, mine.filter((c) => c.contactId !== contactId));
    }
  }

  /**
   * Re-homes every fact of `mergedId` to `keptId`: checks, contacts (one between the two becomes a
   * self-contact), tests and orders. A voided check keeps the id it was recorded for, as in Neo4j:
   * its owner is resolved through the merges. The caller derives both persons' visits again.
   */
  private merge(keptId: string, mergedId: string): void {
    const kept = this.id(keptId);
    this.merged.push({ mergedId, keptId: kept });
    const checks = this.checks.get(mergedId) ?? [];
    this.checks.delete(mergedId);
    const mine = this.checks.get(kept) ?? [];
    for (const c of checks) if (!mine.some((x) => x.checkInId === c.checkInId)) mine.push({ ...c, personId: kept });
    if (mine.length > 0) this.checks.set(kept, mine);

    for (const c of this.contacts.get(mergedId) ?? []) {
      const moved = { ...c, personA: c.personA === mergedId ? kept : c.personA, personB: c.personB === mergedId ? kept : c.personB };
      this.contactIds.set(c.contactId, moved);
      for (const p of new Set([c.personA, c.personB, kept])) {
        if (p === mergedId) continue;
        const list = (this.contacts.get(p) ?? []).filter((x) => x.contactId !== c.contactId);
        this.contacts.set(p, [...list, moved]);
      }
    }
    this.contacts.delete(mergedId);

    const tests = this.tests.get(mergedId);
    if (tests) {
      const keptTests = this.tests.get(kept) ?? new Map<string, TestResult>();
      for (const [testId, test] of tests) keptTests.set(testId, { ...test, personId: kept });
      this.tests.set(kept, keptTests);
      this.tests.delete(mergedId);
    }
    if (this.positives.delete(mergedId)) this.positives.add(kept);

    const orders = this.orders.get(mergedId);
    if (orders) {
      const keptOrders = this.orders.get(kept) ?? new Map<string, IsolationView>();
      for (const [orderId, order] of orders) {
        keptOrders.set(orderId, { ...order, personId: kept });
        this.owners.set(orderId, kept);
      }
      this.orders.set(kept, keptOrders);
      this.orders.delete(mergedId);
    }
  }

  private addContact(fact: RecordedContact): void {
    if (this.contactIds.has(fact.contactId)) return;
    const contact = { ...fact, personA: this.id(fact.personA), personB: this.id(fact.personB) };
    this.contactIds.set(fact.contactId, contact);
    for (const p of [contact.personA, contact.personB]) {
      const mine = this.contacts.get(p);
      if (mine) mine.push(contact);
      else this.contacts.set(p, [contact]);
    }
  }

  /**
   * Derives the person's visits again and touches the venue timelines only where they changed: a
   * new scan usually changes one visit, and a busy venue's timeline is costly to splice.
   */
  private rederive(personId: string): void {
    const stayOf = (venueId: string) => this.stays.get(venueId) ?? this.cfg.defaultStayMinutes;
    const old = this.visits.get(personId) ?? [];
    const fresh = deriveVisits(this.checks.get(personId) ?? [], stayOf, this.cfg);
    let i = 0;
    for (let j = 0; j < fresh.length; j++) {
      while (i < old.length && compareVisits(old[i], fresh[j]) < 0) this.timelineOf(old[i].venueId).remove(old[i++]);
      if (i < old.length && compareVisits(old[i], fresh[j]) === 0) fresh[j] = old[i++];
      else this.timelineOf(fresh[j].venueId).add(fresh[j]);
    }
    while (i < old.length) this.timelineOf(old[i].venueId).remove(old[i++]);
    this.visits.set(personId, fresh);
  }

  private timelineOf(venueId: string): VenueTimeline {
    let timeline = this.timelines.get(venueId);
    if (!timeline) {
      timeline = new VenueTimeline();
      this.timelines.set(venueId, timeline);
    }
    return timeline;
  }
}
