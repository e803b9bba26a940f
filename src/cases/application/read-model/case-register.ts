import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { compareStrings, infectiousFrom, type TestResult } from '../../../../libs/exposure-rules/index.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { InMemoryReadModel } from '../../../platform/event-sourcing/in-memory-read-model.js';
import { CASE_CONFIRMED, CaseConfirmedData, TEST_RESULT_RECORDED, TestResultData } from '../../domain/case-events.js';

export interface ConfirmedCase {
  personId: string;
  confirmedAt: number;
  /** By the rules (DESIGN 3, "Windows"): from the earliest positive sample, as the contact graph has it. */
  infectiousFrom: number;
}

/** Newest confirmation first, then by person id: the order of GET /v1/cases. */
export function compareCases(a: Pick<ConfirmedCase, 'confirmedAt' | 'personId'>, b: Pick<ConfirmedCase, 'confirmedAt' | 'personId'>): number {
  return b.confirmedAt - a.confirmedAt || compareStrings(a.personId, b.personId);
}

/**
 * Every confirmed case, newest confirmation first: in memory, rebuilt from the log at start, so a
 * restart gives the list the live process had. Positive results that arrive after the confirmation
 * (an earlier sample found later) move the window start as they move it in the contact graph.
 */
@Injectable()
export class CaseRegister extends InMemoryReadModel {
  private readonly cases: ConfirmedCase[] = [];
  private readonly byPerson = new Map<string, ConfirmedCase>();
  private readonly positives = new Map<string, TestResult[]>();

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super('projection:case-register', store, config.readYourWritesTimeoutMs);
  }

  /** Sorted by compareCases. */
  all(): readonly ConfirmedCase[] {
    return this.cases;
  }

  protected apply(events: StoredEvent[]): void {
    for (const event of events) {
      if (event.type === TEST_RESULT_RECORDED) this.addTest(event.data as unknown as TestResultData);
      if (event.type === CASE_CONFIRMED) this.confirm(event.data as unknown as CaseConfirmedData);
    }
  }

  private addTest(t: TestResultData): void {
    if (t.result !== 'positive') return;
    const mine = this.positives.get(t.personId) ?? [];
    this.positives.set(t.personId, mine);
    const symptomOnsetAt = t.symptomOnsetAt ? Date.parse(t.symptomOnsetAt) : null;
    mine.push({ testId: t.testId, personId: t.personId, sampledAt: Date.parse(t.sampledAt), result: t.result, symptomOnsetAt });
    const known = this.byPerson.get(t.personId);
    if (known) known.infectiousFrom = this.windowStartOf(t.personId) ?? known.infectiousFrom;
  }

  private confirm(c: CaseConfirmedData): void {
    if (this.byPerson.has(c.personId)) return;
    const record: ConfirmedCase = {
      personId: c.personId,
      confirmedAt: Date.parse(c.confirmedAt),
      infectiousFrom: this.windowStartOf(c.personId) ?? Date.parse(c.infectiousFrom),
    };
    this.byPerson.set(c.personId, record);
    // Confirmations come in log order, mostly newest last: the insertion point is found from the front.
    let at = 0;
    while (at < this.cases.length && compareCases(this.cases[at], record) < 0) at++;
    this.cases.splice(at, 0, record);
  }

  private windowStartOf(personId: string): number | null {
    return infectiousFrom(this.positives.get(personId) ?? [], this.config.rules);
  }
}
