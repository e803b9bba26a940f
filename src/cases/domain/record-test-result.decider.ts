import type { Decider, DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import { sameDetails } from '../../platform/same-details.js';
import { toIso } from '../../platform/time/instants.js';
import { assertNotInFuture } from '../../platform/time/not-in-future.js';
import { PERSON_REGISTERED } from '../../persons/domain/person-events.js';
import {
  CASE_CONFIRMED,
  CaseConfirmedData,
  TEST_RESULT_RECORDED,
  TestResultData,
  TestResultRecorded,
  CaseConfirmed,
} from './case-events.js';

export interface RecordTestResult {
  testId: string;
  personId: string;
  sampledAt: number;
  result: TestResultData['result'];
  method: TestResultData['method'];
  symptomOnsetAt: number | null;
}

export interface CaseState {
  registered: boolean;
  tests: Map<string, TestResultData>;
  confirmation: CaseConfirmedData | null;
}

const DAY_MS = 86_400_000;

/** The first positive result confirms the case; its infectious window opens `lookbackDays` earlier. */
export function recordTestResult(lookbackDays: number): Decider<RecordTestResult, CaseState, TestResultRecorded | CaseConfirmed> {
  return {
    initialState: () => ({ registered: false, tests: new Map(), confirmation: null }),
    evolve(state, event: DomainEvent) {
      if (event.type === PERSON_REGISTERED) state.registered = true;
      if (event.type === TEST_RESULT_RECORDED) {
        const data = event.data as TestResultData;
        state.tests.set(data.testId, data);
      }
      if (event.type === CASE_CONFIRMED) state.confirmation = event.data as CaseConfirmedData;
      return state;
    },
    decide(command, state, now) {
      if (!state.registered) throw new NotFoundError('person', command.personId, 'personId');
      assertNotInFuture({ sampledAt: command.sampledAt, symptomOnsetAt: command.symptomOnsetAt }, now);
      const data: TestResultData = {
        testId: command.testId,
        personId: command.personId,
        sampledAt: toIso(command.sampledAt),
        result: command.result,
        method: command.method,
        symptomOnsetAt: command.symptomOnsetAt === null ? null : toIso(command.symptomOnsetAt),
      };
      const existing = state.tests.get(command.testId);
      if (existing) {
        if (sameDetails(existing, data)) return [];
        throw new ConflictError(`test ${command.testId} was already recorded with other data`);
      }
      const recorded: TestResultRecorded = { type: TEST_RESULT_RECORDED, schemaVersion: 1, data };
      if (command.result !== 'positive' || state.confirmation) return [recorded];
      const onset = command.symptomOnsetAt ?? command.sampledAt;
      const confirmed: CaseConfirmed = {
        type: CASE_CONFIRMED,
        schemaVersion: 1,
        data: {
          personId: command.personId,
          confirmedAt: toIso(now),
          infectiousFrom: toIso(onset - lookbackDays * DAY_MS),
          testId: command.testId,
        },
      };
      return [recorded, confirmed];
    },
  };
}
