import { afterEach, describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '../../../libs/event-store/sqlite/sqlite-event-store.js';
import { AlertRaiser } from '../../../src/alerts/application/reactors/alert-raiser.js';
import { alertIdOf } from '../../../src/alerts/domain/alert-triple.js';
import type { RaiseAlert } from '../../../src/alerts/domain/raise-alert.decider.js';
import { casesToRecompute } from '../../../src/alerts/application/alert-triggers.js';
import { BatchStreamWriter } from '../../../src/platform/event-sourcing/batch-stream-writer.js';
import { EventStreamWriter } from '../../../src/platform/event-sourcing/event-stream-writer.js';
import { StreamStates } from '../../../src/platform/event-sourcing/stream-states.js';
import type { DomainEvent } from '../../../src/platform/event-sourcing/domain-event.js';

const clock = { now: () => Date.parse('2021-07-20T00:00:00Z') };
const cause = { actor: 'system:test', correlationId: 'c-1' };
const alert = (caseId: string, personId: string, level: number): RaiseAlert => ({
  caseId,
  personId,
  level,
  exposedAt: '2021-07-10T01:30:00.000Z',
  via: { fromPersonId: caseId, kind: 'co-presence', venueId: 'V1', contactId: null, from: '2021-07-10T01:30:00.000Z', to: '2021-07-10T02:30:00.000Z' },
  recommendation: null,
});
const cases = [
  { caseId: 'P1', alerts: [alert('P1', 'P2', 1), alert('P1', 'P3', 2)] },
  { caseId: 'P9', alerts: [alert('P9', 'P2', 1)] },
];

/** A raiser as another process would have it: its own writers and memory, the same log. */
const raiserOn = (store: SqliteEventStore) => {
  const single = new EventStreamWriter(store, clock);
  return new AlertRaiser(store, new BatchStreamWriter(store, clock, single, new StreamStates()));
};

let store: SqliteEventStore;
afterEach(async () => store?.close());

describe('alert raiser', () => {
  it('appends each new triple once, with the event id of the triple, and nothing on a second pass', async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    const raiser = raiserOn(store);
    expect(await raiser.raise(cases, cause)).toHaveLength(3);
    expect(await raiser.raise(cases, cause)).toEqual([]);
    const logged = await store.readAll();
    expect(logged.map((e) => [e.streamId, (e.data as { alertId: string }).alertId])).toEqual([
      ['alerts-P1', alertIdOf(alert('P1', 'P2', 1))],
      ['alerts-P1', alertIdOf(alert('P1', 'P3', 2))],
      ['alerts-P9', alertIdOf(alert('P9', 'P2', 1))],
    ]);
  });

  it('lets concurrent raisers of the same triples append each once', async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    const raisers = [raiserOn(store), raiserOn(store), raiserOn(store)];
    await Promise.all(raisers.map((r) => r.raise(cases, cause)));
    const more = [{ caseId: 'P1', alerts: [...cases[0].alerts, alert('P1', 'P4', 1)] }];
    await Promise.all(raisers.map((r) => r.raise(more, cause)));
    const triples = (await store.readAll()).map((e) => e.data as unknown as RaiseAlert).map((a) => `${a.caseId}>${a.personId}@${a.level}`);
    expect(triples.sort()).toEqual(['P1>P2@1', 'P1>P3@2', 'P1>P4@1', 'P9>P2@1']);
  });
});

describe('cases to recompute', () => {
  const event = (type: string, data: Record<string, unknown>): DomainEvent => ({ type, schemaVersion: 1, data });
  it('is only the tested persons for a batch of results, and every case once a movement is in it', () => {
    const confirmed = event('CaseConfirmed', { personId: 'P1' });
    const positive = event('TestResultRecorded', { personId: 'P2', result: 'positive' });
    expect(casesToRecompute([confirmed, positive])).toEqual(new Set(['P1', 'P2']));
    expect(casesToRecompute([confirmed, event('CheckedIn', { personId: 'P3' })])).toBe('all');
    expect(casesToRecompute([event('ContactRecorded', {})])).toBe('all');
  });
});
