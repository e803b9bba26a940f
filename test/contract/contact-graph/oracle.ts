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
