import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';

export const TEST_RESULT_RECORDED = 'TestResultRecorded';
export const CASE_CONFIRMED = 'CaseConfirmed';

export const TEST_METHODS = ['pcr', 'rapid-antigen'] as const;
export const TEST_OUTCOMES = ['positive', 'negative'] as const;

export interface TestResultData {
  testId: string;
  personId: string;
  sampledAt: string;
  result: (typeof TEST_OUTCOMES)[number];
  method: (typeof TEST_METHODS)[number];
  symptomOnsetAt?: string | null;
}

export interface CaseConfirmedData {
  personId: string;
  confirmedAt: string;
  infectiousFrom: string;
  testId: string;
}

export type TestResultRecorded = DomainEvent<typeof TEST_RESULT_RECORDED, TestResultData>;
export type CaseConfirmed = DomainEvent<typeof CASE_CONFIRMED, CaseConfirmedData>;
