import { loadavg } from 'node:os';
import { FRESH_MS } from '../../src/exposure/application/queries/case-exposure-cache.js';
import { client, KEYS } from '../../test/support/test-app.js';
import type { Service } from './service.js';
import { mean, type Percentiles, percentiles, since } from './stats.js';

export const EXPOSURES_DEPTH = 3;

/** The task force's reads over HTTP, as an investigator (who sees names and phones). */
export interface ReadSideLatency {
  rounds: number;
  /** The machine's 1-minute load average, read at the start of every round: how shared the cores were (absent from the first runs). */
  loadAverage?: number;
  /** GET /v1/cases/{id}/exposures?depth=3: the first page, at the default limit, of each sampled case. */
  exposures: { cases: number; meanRows: number; meanExposed: number; latency: Percentiles };
  /** GET /v1/cases (active cases, default limit and depth): every page in turn, cursor after cursor. */
  casePages: { activeCases: number; pagesPerRound: number; latency: Percentiles };
  /** GET /v1/persons?phone= (typed 0912 345 678) and ?q= (the full name as registered) for each sampled person. */
  search: { persons: number; meanPhoneMatches: number; meanNameMatches: number; phone: Percentiles; name: Percentiles };
}

export interface ReadSidePlan {
  caseIds: string[];
  personIds: string[];
  maxRounds: number;
  /** No further round starts after this much time (one measured round always runs). */
  budgetMs: number;
}

const WARM_UP_ITEMS = 5;

type Person = { fullName: string; phone: string | null };
type Found = { persons: unknown[] };

/** A phone number as a user types it: +84912345678 → 0912 345 678. */
const typed = (e164: string): string => {
  const local = `0${e164.slice(3)}`;
  return `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`;
};

/**
 * Each round moves the service's clock on by more than the case list's cache keeps an answer, so
 * every page of GET /v1/cases is computed as it is while check-ins keep arriving (each one moves
 * the log, which also voids the cache); exposures and searches are never cached. A first untimed
 * round over a few of each warms the JIT.
 */
export async function measureReadSide(service: Service, plan: ReadSidePlan): Promise<ReadSideLatency> {
  const api = client(service.running.url, KEYS.investigator);
  const get = async <T>(path: string, into: number[] | null): Promise<T> => {
    const start = performance.now();
    const res = await api.get(path);
    if (into) into.push(since(start));
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
    return res.body as T;
  };
  const people: Person[] = [];
  for (const id of plan.personIds) people.push(await get<Person>(`/v1/persons/${encodeURIComponent(id)}`, null));

  const times = { exposures: [] as number[], cases: [] as number[], phone: [] as number[], name: [] as number[] };
  const sizes = { rows: [] as number[], exposed: [] as number[], load: [] as number[], phoneMatches: [] as number[], nameMatches: [] as number[], activeCases: 0, pages: 0 };
  const started = performance.now();
  let rounds = 0;
  for (let round = -1; round < plan.maxRounds && (round < 1 || since(started) < plan.budgetMs); round++) {
    const timed = round >= 0;
    const first = round === 0;
    const take = <T>(items: T[]): T[] => (timed ? items : items.slice(0, WARM_UP_ITEMS));
    service.running.clock.current += FRESH_MS + 1000;
    if (timed) sizes.load.push(loadavg()[0]);

    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { cases: unknown[]; next: string | null } = await get(`/v1/cases${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, timed ? times.cases : null);
      if (first) sizes.activeCases += page.cases.length;
      cursor = page.next;
      pages++;
    } while (cursor && (timed || pages < WARM_UP_ITEMS));
    if (first) sizes.pages = pages;

    for (const caseId of take(plan.caseIds)) {
      const answer: { exposures: unknown[]; summary: Record<string, number> } = await get(`/v1/cases/${encodeURIComponent(caseId)}/exposures?depth=${EXPOSURES_DEPTH}`, timed ? times.exposures : null);
      if (!first) continue;
      sizes.rows.push(answer.exposures.length);
      sizes.exposed.push(Object.values(answer.summary).reduce((a, b) => a + b, 0));
    }

    for (const person of take(people)) {
      const byPhone = person.phone ? await get<Found>(`/v1/persons?phone=${encodeURIComponent(typed(person.phone))}`, timed ? times.phone : null) : null;
      const byName = await get<Found>(`/v1/persons?q=${encodeURIComponent(person.fullName)}`, timed ? times.name : null);
      if (!first) continue;
      if (byPhone) sizes.phoneMatches.push(byPhone.persons.length);
      sizes.nameMatches.push(byName.persons.length);
    }
    if (timed) rounds++;
  }
  return {
    rounds,
    loadAverage: mean(sizes.load),
    exposures: { cases: plan.caseIds.length, meanRows: mean(sizes.rows), meanExposed: mean(sizes.exposed), latency: percentiles(times.exposures) },
    casePages: { activeCases: sizes.activeCases, pagesPerRound: sizes.pages, latency: percentiles(times.cases) },
    search: { persons: people.length, meanPhoneMatches: mean(sizes.phoneMatches), meanNameMatches: mean(sizes.nameMatches), phone: percentiles(times.phone), name: percentiles(times.name) },
  };
}
