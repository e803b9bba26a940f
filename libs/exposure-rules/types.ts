/**
 * The vocabulary of DESIGN.md section 3. Times are epoch milliseconds (UTC instants):
 * the rules compare and subtract instants, and numbers keep that cheap and exact.
 */

export interface RulesConfig {
  minOverlapMinutes: number;
  infectiousLookbackDays: number;
  defaultStayMinutes: number;
  maxStayHours: number;
  maxDepth: number;
}

export const DEFAULT_RULES: RulesConfig = {
  minOverlapMinutes: 15,
  infectiousLookbackDays: 2,
  defaultStayMinutes: 60,
  maxStayHours: 12,
  maxDepth: 3,
};

export type Direction = 'in' | 'out';

export interface CheckEvent {
  checkInId: string;
  personId: string;
  venueId: string;
  direction: Direction;
  at: number;
}

export interface Visit {
  personId: string;
  venueId: string;
  start: number;
  end: number;
}

export type ContactSetting = 'household' | 'workplace' | 'transport' | 'social' | 'healthcare' | 'other';

export interface RecordedContact {
  contactId: string;
  personA: string;
  personB: string;
  from: number;
  to: number;
  setting: ContactSetting;
}

export type TestOutcome = 'positive' | 'negative';

export interface TestResult {
  testId: string;
  personId: string;
  sampledAt: number;
  result: TestOutcome;
  symptomOnsetAt?: number | null;
}

export type IsolationKind = 'hospital' | 'centralized' | 'home' | 'self-monitoring';

export interface IsolationOrder {
  orderId: string;
  personId: string;
  kind: IsolationKind;
  from: number;
  until?: number | null;
}

export type ViaKind = 'co-presence' | 'recorded-contact';

export interface ViaHop {
  fromPersonId: string;
  kind: ViaKind;
  venueId: string | null;
  contactId: string | null;
  /** The contact interval that gave the earliest exposure. */
  from: number;
  to: number;
}

export interface Exposure {
  personId: string;
  level: number;
  exposedAt: number;
  /** DESIGN 3 "Last exposure": the latest end(I ∩ W) of a qualifying contact with a source of the level above. */
  lastExposedAt: number;
  via: ViaHop;
}

export interface CaseSeed {
  personId: string;
  infectiousFrom: number;
}

/** A closed time interval; `end` may equal `start`. */
export interface Interval {
  start: number;
  end: number;
}
