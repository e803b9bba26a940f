import { type DayRecord, Rec } from './day-log.js';
import * as ids from './ids.js';
import type { Outbreak } from './outbreak.js';
import { personName, personPhone } from './person-details.js';
import { type Province, STAY_MINUTES, districtOf } from './province.js';
import { DAY, SIM_START, localIso } from './time.js';

export type ApiKind = 'person' | 'venue' | 'check-in' | 'contact' | 'test-result' | 'isolation-order';

/** One request of the HTTP API: its body exactly as a client would POST it, and when it was sent. */
export interface ApiItem {
  kind: ApiKind;
  recordedAt: number;
  body: Record<string, unknown>;
}

/** People and venues are registered a week before the first simulated day. */
const REGISTERED_AT = SIM_START - 7 * DAY;
const QUARANTINE_DAYS = 14;

export function personItem(province: Province, i: number): ApiItem {
  const ward = districtOf(i);
  return {
    kind: 'person',
    recordedAt: REGISTERED_AT,
    body: {
      personId: ids.personId(i),
      fullName: personName(i, province.household[i]),
      phone: personPhone(i),
      address: `Household ${province.household[i]}, ward ${ward}`,
      unit: `ward-${ward}`,
    },
  };
}

export function venueItem(province: Province, v: number): ApiItem {
  const kind = province.venueKind[v];
  return {
    kind: 'venue',
    recordedAt: REGISTERED_AT,
    body: { venueId: ids.venueId(v), name: `${kind} ${v}`, address: `ward ${province.venueDistrict[v]}`, kind, defaultStayMinutes: STAY_MINUTES[kind] },
  };
}

export function dayItem(province: Province, outbreak: Outbreak, r: DayRecord): ApiItem {
  switch (r.kind) {
    case Rec.CheckIn:
    case Rec.CheckOut:
      return {
        kind: 'check-in',
        recordedAt: r.at,
        body: {
          checkInId: ids.checkInId(r.c),
          personId: ids.personId(r.a),
          venueId: ids.venueId(r.b),
          direction: r.kind === Rec.CheckIn ? 'in' : 'out',
          at: localIso(r.at),
          // Buses have fixed gateways at the door; elsewhere people scan the venue's code with a phone.
          source: province.venueKind[r.b] === 'transport' ? 'gateway' : 'qr',
        },
      };
    case Rec.Household:
      return {
        kind: 'contact',
        recordedAt: r.c,
        body: {
          contactId: ids.householdContactId(Math.floor((r.at - SIM_START) / DAY), r.a, r.b),
          personA: ids.personId(r.a),
          personB: ids.personId(r.b),
          from: localIso(r.at),
          to: localIso(r.c),
          setting: 'household',
          source: 'interview',
        },
      };
    case Rec.Test:
      return testItem(outbreak, r.a);
    case Rec.Order:
      return orderItem(outbreak, r.a);
  }
}

function testItem(outbreak: Outbreak, person: number): ApiItem {
  const test = outbreak.courses.get(person)!.test!;
  const onset = outbreak.courses.get(person)!.onsetAt;
  return {
    kind: 'test-result',
    recordedAt: test.resultAt,
    body: {
      testId: ids.testId(person),
      personId: ids.personId(person),
      sampledAt: localIso(test.sampledAt),
      result: 'positive',
      method: person % 3 === 0 ? 'rapid-antigen' : 'pcr',
      ...(test.reportsOnset && onset !== null ? { symptomOnsetAt: localIso(onset) } : {}),
    },
  };
}

function orderItem(outbreak: Outbreak, person: number): ApiItem {
  const isolation = outbreak.courses.get(person)!.isolation!;
  return {
    kind: 'isolation-order',
    recordedAt: isolation.from,
    body: {
      orderId: ids.orderId(person),
      personId: ids.personId(person),
      kind: isolation.kind,
      from: localIso(isolation.from),
      until: localIso(isolation.from + QUARANTINE_DAYS * DAY),
      reason: 'confirmed case',
    },
  };
}
