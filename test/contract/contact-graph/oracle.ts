import type { ExposureAnswer, GraphFact } from '../../../libs/contact-graph/contact-graph.port.js';
import {
  InMemoryContactSource,
  computeExposures,
  infectiousFrom,
  windowEnd,
  type CheckEvent,
  type IsolationOrder,
  type RecordedContact,
  type RulesConfig,
  type TestResult,
} from '../../../libs/exposure-rules/index.js';

/**
 * The facts as they count after every merge among them: each person id mapped to the id it was
 * finally merged into (written out here, not through PersonMerges, so that the graphs are held to
 * the rules, not to the code that feeds them), and the merges themselves gone.
 */
export function mergedFacts(facts: readonly GraphFact[]): GraphFact[] {
  const into = new Map(facts.flatMap((f) => (f.type === 'merge' ? [[f.mergedId, f.keptId] as const] : [])));
  const kept = (id: string): string => (into.has(id) ? kept(into.get(id)!) : id);
  return facts.flatMap((f): GraphFact[] => {
    switch (f.type) {
      case 'merge':
        return [];
      case 'check':
        return [{ ...f, check: { ...f.check, personId: kept(f.check.personId) } }];
      case 'contact':
        return [{ ...f, contact: { ...f.contact, personA: kept(f.contact.personA), personB: kept(f.contact.personB) } }];
      case 'test':
        return [{ ...f, test: { ...f.test, personId: kept(f.test.personId) } }];
      case 'isolation':
        return [{ ...f, order: { ...f.order, personId: kept(f.order.personId) } }];
      default:
        return [f];
    }
  });
}

/**
 * The expected answer, straight from the pure rules over the reference source (DESIGN 1: "a
 * differential test holds both to the same answers"). Facts are a set here: the first contact or
 * order of an id counts, the last test of an id, and a voided check or contact not at all (the
 * rules over the corrected facts).
 */
export function oracleAnswer(facts: readonly GraphFact[], caseId: string, depth: number, now: number, cfg: RulesConfig): ExposureAnswer | null {
  const venues: Record<string, number> = {};
  const checks: CheckEvent[] = [];
  const contacts = new Map<string, RecordedContact>();
  const orders = new Map<string, IsolationOrder>();
  const tests = new Map<string, TestResult>();
  const voided = new Set(facts.flatMap((f) => (f.type === 'check-void' ? [`check:${f.checkInId}`] : f.type === 'contact-void' ? [`contact:${f.contactId}`] : [])));
  for (const f of facts) {
    if (f.type === 'venue') venues[f.venueId] = f.stayMinutes;
    if (f.type === 'check' && !voided.has(`check:${f.check.checkInId}`)) checks.push(f.check);
    if (f.type === 'contact' && !contacts.has(f.contact.contactId)) contacts.set(f.contact.contactId, f.contact);
    if (f.type === 'isolation' && !orders.has(f.order.orderId)) orders.set(f.order.orderId, f.order);
    if (f.type === 'test') tests.set(f.test.testId, f.test);
  }
  const mine = [...tests.values()].filter((x) => x.personId === caseId);
  const from = infectiousFrom(mine, cfg);
  if (from === null) return null;
  const firstPositiveSampledAt = Math.min(...mine.filter((x) => x.result === 'positive').map((x) => x.sampledAt));
  const counted = [...contacts.values()].filter((c) => !voided.has(`contact:${c.contactId}`));
  const source = InMemoryContactSource.fromFacts({ venues, checks, contacts: counted, orders: [...orders.values()] }, cfg);
  const until = windowEnd(source.ordersOf(caseId), from, now, 'other');
  return {
    case: { personId: caseId, infectiousFrom: from, firstPositiveSampledAt, infectiousUntil: until < now ? until : null },
    exposures: computeExposures(source, { personId: caseId, infectiousFrom: from }, depth, now, cfg),
  };
}
