/**
 * A seeded synthetic world of check-ins, contacts, tests and isolation orders, shaped like real
 * scanner data (missed and doubled scans). Shared by the rules' property tests and, later, the
 * end-to-end and differential suites: the same seed always gives the same world.
 */
import type { CheckEvent, ContactSetting, IsolationKind, IsolationOrder, RecordedContact, TestResult } from '../../libs/exposure-rules/index.js';

export interface RandomWorld {
  start: number;
  now: number;
  venues: { venueId: string; stayMinutes: number }[];
  persons: string[];
  checks: CheckEvent[];
  contacts: RecordedContact[];
  tests: (TestResult & { method: 'pcr' | 'rapid-antigen' })[];
  orders: IsolationOrder[];
  /** Persons with a positive test. */
  cases: string[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WORLD_START = Date.UTC(2021, 6, 10); // 2021-07-10T00:00:00Z

/** mulberry32: tiny, fast, good enough for test data, and reproducible everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
}

/** A seeded Fisher-Yates shuffle (a copy), for order-independence tests. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const dice = new Dice(mulberry32(seed));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = dice.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const SETTINGS: ContactSetting[] = ['workplace', 'transport', 'social', 'healthcare', 'other'];
const CASE_ORDER_KINDS: IsolationKind[] = ['hospital', 'centralized', 'home'];
const ANY_ORDER_KINDS: IsolationKind[] = ['hospital', 'centralized', 'home', 'self-monitoring'];

export function randomWorld(seed: number, opts: { persons?: number; venues?: number; days?: number } = {}): RandomWorld {
  const dice = new Dice(mulberry32(seed));
  const personCount = Math.max(2, opts.persons ?? 30);
  const venueCount = Math.max(1, opts.venues ?? 6);
  const days = Math.max(1, opts.days ?? 3);
  const start = WORLD_START;
  // Activity stops within two hours after the last day; `now` leaves a margin past everything.
  const now = start + (days + 2) * DAY;
  const atMinute = (t: number): number => Math.min(Math.floor(t / MINUTE) * MINUTE, now - MINUTE);

  const venues = Array.from({ length: venueCount }, (_, i) => ({
    venueId: `V${pad(i, 2)}`,
    stayMinutes: dice.pick([30, 60, 60, 90, 120]),
  }));
  const persons = Array.from({ length: personCount }, (_, i) => `P${pad(i, 3)}`);

  const checks: CheckEvent[] = [];
  let checkSeq = 0;
  const scan = (personId: string, venueId: string, direction: 'in' | 'out', at: number): void => {
    checks.push({ checkInId: `c${pad(checkSeq++, 6)}`, personId, venueId, direction, at: atMinute(at) });
  };
  for (const personId of persons) {
    for (let day = 0; day < days; day++) {
      // Sequential visits through a day, like a person actually moving around.
      let cursor = start + day * DAY + 6 * HOUR + dice.int(0, 180) * MINUTE;
      const visits = dice.int(0, 3);
      for (let v = 0; v < visits && cursor < start + day * DAY + 22 * HOUR; v++) {
        const venueId = dice.pick(venues).venueId;
        const duration = dice.int(2, 48) * 5 * MINUTE;
        const roll = dice.int(0, 99);
        const missedIn = roll < 5;
        const missedOut = roll >= 5 && roll < 15;
        if (!missedIn) scan(personId, venueId, 'in', cursor);
        if (!missedIn && dice.chance(0.05)) scan(personId, venueId, 'in', cursor + dice.int(1, 10) * MINUTE);
        if (!missedOut) scan(personId, venueId, 'out', cursor + duration);
        cursor += duration + dice.int(3, 36) * 5 * MINUTE;
      }
    }
  }

  const randomInstant = (): number => atMinute(start + dice.int(6 * 60, days * 24 * 60 - 60) * MINUTE);
  const contacts: RecordedContact[] = [];
  const contactCount = Math.max(2, Math.round(personCount / 4));
  for (let i = 0; i < contactCount; i++) {
    const personA = dice.pick(persons);
    let personB = dice.pick(persons);
    while (personB === personA) personB = dice.pick(persons);
    const from = randomInstant();
    contacts.push({
      contactId: `k${pad(i, 4)}`,
      personA,
      personB,
      from,
      to: atMinute(from + dice.pick([1, 5, 10, 30, 120]) * MINUTE),
      setting: dice.chance(0.4) ? 'household' : dice.pick(SETTINGS),
    });
  }

  const tests: RandomWorld['tests'] = [];
  const orders: IsolationOrder[] = [];
  const caseCount = Math.min(dice.int(1, 3), personCount);
  const cases = shuffled(persons, dice.int(0, 2 ** 31)).slice(0, caseCount).sort();
  let firstPositive = now;
  cases.forEach((personId, i) => {
    // Sampled from the second day on, so the lookback reaches back into the world.
    const sampledAt = atMinute(start + DAY + dice.int(0, Math.max(0, days - 1) * 24 * 60 + 12 * 60) * MINUTE);
    const onset = dice.chance(0.5) ? Math.max(start, sampledAt - dice.int(1, 48) * HOUR) : null;
    tests.push({ testId: `t${pad(i, 3)}`, personId, sampledAt, result: 'positive', method: dice.pick(['pcr', 'rapid-antigen'] as const), ...(onset === null ? {} : { symptomOnsetAt: onset }) });
    firstPositive = Math.min(firstPositive, sampledAt);
    if (dice.chance(0.7)) {
      orders.push({ orderId: `o${pad(orders.length, 3)}`, personId, kind: dice.pick(CASE_ORDER_KINDS), from: atMinute(sampledAt + dice.int(1, 24) * HOUR) });
    }
  });
  const negatives = dice.int(2, 4);
  for (let i = 0; i < negatives; i++) {
    tests.push({ testId: `n${pad(i, 3)}`, personId: dice.pick(persons), sampledAt: randomInstant(), result: 'negative', method: dice.pick(['pcr', 'rapid-antigen'] as const) });
  }
  // Orders for contacts of the cases, issued after the first positive, of every kind.
  const extraOrders = dice.int(1, 3);
  for (let i = 0; i < extraOrders; i++) {
    const from = atMinute(firstPositive + dice.int(1, 36) * HOUR);
    orders.push({ orderId: `o${pad(orders.length, 3)}`, personId: dice.pick(persons), kind: dice.pick(ANY_ORDER_KINDS), from });
  }

  return { start, now, venues, persons, checks, contacts, tests, orders, cases };
}

/** Corrections of a world: a seeded share of its checks and contacts, voided. */
export interface RandomVoids {
  checks: { checkInId: string; personId: string }[];
  contactIds: string[];
}

/** Voids about `share` of the world's checks and contacts, with dice of their own (the world stays the same). */
export function randomVoids(world: RandomWorld, seed: number, share = 0.1): RandomVoids {
  const dice = new Dice(mulberry32(seed));
  return {
    checks: world.checks.filter(() => dice.chance(share)).map(({ checkInId, personId }) => ({ checkInId, personId })),
    contactIds: world.contacts.filter(() => dice.chance(share * 3)).map((c) => c.contactId),
  };
}

/** Duplicate registrations of a world, merged: each merged id once, always into a person listed before it (so no cycles). */
export interface RandomMerge {
  keptId: string;
  mergedId: string;
}

/** About `count` merges, with dice of their own: some kept persons get two duplicates, some merged ids had duplicates merged into them first. */
export function randomMerges(world: RandomWorld, seed: number, count = 6): RandomMerge[] {
  const dice = new Dice(mulberry32(seed));
  const merges: RandomMerge[] = [];
  const mergedIds = new Set<string>();
  for (let i = 0; i < count * 3 && merges.length < count; i++) {
    const m = dice.int(1, world.persons.length - 1);
    const mergedId = world.persons[m];
    if (mergedIds.has(mergedId)) continue;
    // Cases are merged too, now and then: their tests then confirm the kept person.
    const keptId = world.persons[dice.int(0, m - 1)];
    mergedIds.add(mergedId);
    merges.push({ keptId, mergedId });
  }
  return merges;
}

/** The id each person counts for after the merges (the end of a chain of them). */
export function keptIdOf(merges: readonly RandomMerge[]): (personId: string) => string {
  const into = new Map(merges.map((m) => [m.mergedId, m.keptId]));
  return (personId) => {
    let id = personId;
    while (into.has(id)) id = into.get(id)!;
    return id;
  };
}

/** The world as it counts after the merges: every fact of a merged id is the kept person's (DESIGN 2, PersonsMerged). */
export function mergedWorld(world: RandomWorld, merges: readonly RandomMerge[]): RandomWorld {
  const kept = keptIdOf(merges);
  return {
    ...world,
    persons: world.persons.filter((p) => kept(p) === p),
    checks: world.checks.map((c) => ({ ...c, personId: kept(c.personId) })),
    contacts: world.contacts.map((c) => ({ ...c, personA: kept(c.personA), personB: kept(c.personB) })),
    tests: world.tests.map((t) => ({ ...t, personId: kept(t.personId) })),
    orders: world.orders.map((o) => ({ ...o, personId: kept(o.personId) })),
    cases: [...new Set(world.cases.map(kept))].sort(),
  };
}
