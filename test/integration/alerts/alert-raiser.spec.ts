import { afterEach, describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '../../../libs/event-store/sqlite/sqlite-event-store.js';
import { AlertRaiser } from '../../../src/alerts/application/reactors/alert-raiser.js';
import { alertIdOf, type RaiseAlert } from '../../../src/alerts/domain/raise-alert.decider.js';
import { casesToRecompute } from '../../../src/alerts/application/alert-triggers.js';
import { BatchStreamWriter } from '../../../src/platform/event-sourcing/batch-stream-writer.js';
import { EventStreamWriter } from '../../../src/platform/event-sourcing/event-stream-writer.js';
import { StreamStates } from '../../../src/platform/event-sourcing/stream-states.js';
import type { DomainEvent } from '../../../src/platform/event-sourcing/domain-event.js';

const clock = { now: () => Date.parse('2021-07-20T00:00:00Z') };
const cause = { actor: 'system:test', correlationId: 'c-1' };
const alert = (personId: string, level: number, caseIds = ['P1']): RaiseAlert => ({
  personId,
  level,
  caseIds,
  exposedAt: '2021-07-10T01:30:00.000Z',
  lastExposedAt: '2021-07-10T02:30:00.000Z',
  via: { fromPersonId: caseIds[0], kind: 'co-presence', venueId: 'V1', contactId: null, from: '2021-07-10T01:30:00.000Z', to: '2021-07-10T02:30:00.000Z' },
  recommendation: null,
});
const alerts = [alert('P2', 1, ['P1', 'P9']), alert('P3', 2)];

/** A raiser as another process would have it: its own writers and memory, the same log. */
const raiserOn = (store: SqliteEventStore) => {
  const single = new EventStreamWriter(store, clock);
  return new AlertRaiser(new BatchStreamWriter(store, clock, single, new StreamStates()));
};
const logged = async (store: SqliteEventStore) =>
  (await store.readAll()).map((e) => ({ stream: e.streamId, ...(e.data as { alertId: string; level: number }) })).map((e) => `${e.stream}@F${e.level}`);

let store: SqliteEventStore;
afterEach(async () => store?.close());

describe('alert raiser', () => {
  it('appends each alert once to the person’s stream, with the event id of the alert, and nothing on a second pass', async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    const raiser = raiserOn(store);
    await raiser.raise(alerts, cause);
    await raiser.raise([...alerts, alert('P2', 1, ['P7']), alert('P2', 2)], cause);
    const events = await store.readAll();
    expect(events.map((e) => [e.streamId, (e.data as { alertId: string }).alertId, e.schemaVersion])).toEqual([
      ['alerted-P2', alertIdOf('P2', 1), 2],
      ['alerted-P3', alertIdOf('P3', 2), 2],
    ]);
    expect(raiser.closestRaised('P2')).toBe(1);
    expect(raiser.closestRaised('P4')).toBeNull();
  });

  it('appends a closer level to a person alerted farther', async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    const raiser = raiserOn(store);
    await raiser.raise([alert('P3', 2)], cause);
    await raiser.raise([alert('P3', 1, ['P8'])], cause);
    expect(await logged(store)).toEqual(['alerted-P3@F2', 'alerted-P3@F1']);
    expect(raiser.closestRaised('P3')).toBe(1);
  });

  it('lets concurrent raisers of the same alerts append each once', async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    const raisers = [raiserOn(store), raiserOn(store), raiserOn(store)];
    await Promise.all(raisers.map((r) => r.raise(alerts, cause)));
    await Promise.all(raisers.map((r) => r.raise([...alerts, alert('P4', 1)], cause)));
    expect((await logged(store)).sort()).toEqual(['alerted-P2@F1', 'alerted-P3@F2', 'alerted-P4@F1']);
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
