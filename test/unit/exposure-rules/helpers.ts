import {
  DEFAULT_RULES,
  InMemoryContactSource,
  computeExposures,
  type CheckEvent,
  type ContactSetting,
  type Exposure,
  type IsolationKind,
  type IsolationOrder,
  type RecordedContact,
  type RulesConfig,
} from '../../../libs/exposure-rules/index.js';

import { DAY, HOUR, MINUTE, t } from '../../support/times.js';

export { DAY, HOUR, MINUTE, t };

let seq = 0;
export function check(personId: string, venueId: string, direction: 'in' | 'out', at: number, checkInId?: string): CheckEvent {
  return { checkInId: checkInId ?? `c${String(seq++).padStart(6, '0')}`, personId, venueId, direction, at };
}

/** A check-in and its check-out. */
export function stay(personId: string, venueId: string, from: number, to: number): CheckEvent[] {
  return [check(personId, venueId, 'in', from), check(personId, venueId, 'out', to)];
}

export function contact(contactId: string, personA: string, personB: string, from: number, to: number, setting: ContactSetting = 'social'): RecordedContact {
  return { contactId, personA, personB, from, to, setting };
}

export function order(orderId: string, personId: string, kind: IsolationKind, from: number): IsolationOrder {
  return { orderId, personId, kind, from };
}

export interface Scenario {
  venues?: Record<string, number>;
  checks?: CheckEvent[];
  contacts?: RecordedContact[];
  orders?: IsolationOrder[];
}

/** Exposures of `f0`, infectious from `from`, as seen at `now`. */
export function exposuresOf(
  s: Scenario,
  f0: string,
  from: number,
  opts: { depth?: number; now?: number; cfg?: RulesConfig } = {},
): Exposure[] {
  const cfg = opts.cfg ?? DEFAULT_RULES;
  const source = InMemoryContactSource.fromFacts(
    { venues: s.venues ?? {}, checks: s.checks ?? [], contacts: s.contacts ?? [], orders: s.orders ?? [] },
    cfg,
  );
  return computeExposures(source, { personId: f0, infectiousFrom: from }, opts.depth ?? 3, opts.now ?? t('07-20 00:00'), cfg);
}

/** The answer reduced to what the examples pin: who, at which level, when, and via whom. */
export function summary(exposures: readonly Exposure[]): [string, number, number, string][] {
  return exposures.map((e) => [e.personId, e.level, e.exposedAt, e.via.fromPersonId]);
}
