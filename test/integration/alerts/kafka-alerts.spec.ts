import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { AlertMessage } from '../../../libs/messaging/alert-publisher.port.js';
import { ALERTS_TOPIC, EVENT_ID_HEADER } from '../../../libs/messaging/topics.js';
import { AlertsHealth } from '../../../src/alerts/application/alerts-health.js';
import { TopicReader } from '../../contract/messaging/kafka-topic-reader.js';
import { describeWithServer, kafkaTarget, NO_KAFKA } from '../../support/infra.js';
import { randomWorld } from '../../support/random-world.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../../support/test-app.js';
import { alertOf, alertsBetween, checkInBody, expectedClassifications, iso, lateCheckIn, newCase, postWorldCasesLast } from './support/alert-world.js';
import { allAlerts, eventually, settled } from './support/alerts-over-http.js';
import { BrokerDoor } from './support/broker-door.js';

const kafka = kafkaTarget();
const SEED = 42;
const sorted = (xs: string[]) => [...xs].sort();

describeWithServer('exposure alerts on Kafka (real broker)', kafka, NO_KAFKA, () => {
  const world = randomWorld(SEED, { persons: 40, venues: 8, days: 5 });
  const late = lateCheckIn(world);
  const env = (brokers: string) => ({ ALERTS: 'kafka', KAFKA_BROKERS: brokers, ALERTS_RETRY_MAX_MS: '1000' });
  let app: RunningApp;
  let reader: TopicReader;
  const published = () => reader.messages.map((m) => JSON.parse(m.value!) as AlertMessage);

  beforeAll(async () => {
    reader = await TopicReader.open(kafka!.brokers, ALERTS_TOPIC);
    app = await startApp({ now: world.now, env: env(kafka!.brokers.join(',')) });
    await postWorldCasesLast(app.url, world, SEED);
    await settled(app.app, { published: true });
  });
  afterAll(async () => {
    await reader?.close();
    if (app) {
      await app.close();
      removeDir(app.dataDir);
    }
  });

  it('publishes every alert raised, once each, as listed, keyed by person with the event id and schema version 2', async () => {
    const listed = await allAlerts(app.url);
    const final = expectedClassifications(world);
    expect(listed.length).toBeGreaterThanOrEqual(final.size);
    const received = await reader.waitFor(listed.length);
    expect(sorted(published().map((a) => a.eventId))).toEqual(sorted(listed.map((a) => a.eventId)));
    for (const [i, message] of received.entries()) {
      expect(message.key).toBe(published()[i].personId);
      expect(message.headers[EVENT_ID_HEADER]).toBe(published()[i].eventId);
      expect(message.headers['schema-version']).toBe('2');
    }
    const asListed = listed.map(({ acknowledgement: _, ...alert }: AlertMessage & { acknowledgement?: unknown }) => alert);
    expect(sorted(published().map((a) => JSON.stringify(a)))).toEqual(sorted(asListed.map((a) => JSON.stringify(a))));
    // Every exposed person's last alert is at their classification.
    const last = new Map(published().map((a) => [a.personId, a.level]));
    for (const [personId, c] of final) expect([personId, last.get(personId)]).toEqual([personId, c.level]);
  });

  it("keeps each person's alerts in log order on the topic", () => {
    for (const personId of new Set(published().map((a) => a.personId))) {
      const positions = published().filter((a) => a.personId === personId).map((a) => BigInt(a.position));
      expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    }
  });

  it('publishes the alert of a late check-in that creates a new F1', async () => {
    const before = reader.messages.length;
    const r = await client(app.url, KEYS.gateway).post('/v1/check-ins/batch', { items: late.checks.map(checkInBody) });
    expect(r.status).toBe(207);
    await settled(app.app, { published: true });
    const wanted = alertsBetween(world, late.after);
    await reader.waitFor(before + wanted.length);
    expect(sorted(published().slice(before).map(alertOf))).toEqual(sorted(wanted.map(alertOf)));
    expect(published().slice(before).map((a) => [a.personId, a.level])).toContainEqual([late.personId, 1]);
  });

  it('keeps alerts in the outbox while the broker is unreachable and delivers each once when it is back', async () => {
    const before = reader.messages.length;
    const known = new Set(published().map((a) => a.eventId));
    const outbreak = newCase(late.after);
    const door = await BrokerDoor.shut(kafka!.brokers[0]);
    await app.close();

    // The same service, its broker unreachable: the reactor raises the alerts, the outbox cannot publish them.
    app = await startApp({ dataDir: app.dataDir, now: world.now, env: env(door.address) });
    const r = await client(app.url, KEYS.investigator).post('/v1/test-results', {
      testId: outbreak.test.testId,
      personId: outbreak.test.personId,
      sampledAt: iso(outbreak.test.sampledAt),
      result: 'positive',
      method: 'pcr',
    });
    expect(r.body.caseConfirmed).toBe(true);
    await settled(app.app);
    // What /health reports for the alert pipeline (see AlertsHealth).
    const health = await eventually('the outbox to fail twice', async () => {
      const status = await app.app.get(AlertsHealth).check();
      return status.outbox.failedAttempts >= 2 ? status : null;
    });
    expect(health.state).toBe('degraded');
    const waiting = health.outbox;
    expect(health.reactor.state).toBe('up');
    expect(waiting.detail).toMatch(/alerts are waiting: .*ECONNREFUSED/);
    const raised = (await allAlerts(app.url)).filter((a) => !known.has(a.eventId));
    expect(raised.length).toBeGreaterThan(0);
    expect(BigInt(waiting.position ?? '0')).toBeLessThan(BigInt(raised[0].position));
    expect(reader.messages.length).toBe(before);

    // The broker is reachable again: the running outbox's next attempt resumes from its checkpoint.
    await door.open();
    try {
      await settled(app.app, { published: true });
    } finally {
      await door.close();
    }
    expect((await app.app.get(AlertsHealth).check()).state).toBe('up');
    await reader.waitFor(before + raised.length);
    // Once each, and in log order per person (partitions interleave otherwise).
    const delivered = published().slice(before);
    expect(sorted(delivered.map((a) => a.eventId))).toEqual(sorted(raised.map((a) => a.eventId)));
    for (const personId of new Set(raised.map((a) => a.personId))) {
      const ofPerson = (alerts: AlertMessage[]) => alerts.filter((a) => a.personId === personId).map((a) => a.eventId);
      expect(ofPerson(delivered)).toEqual(ofPerson(raised));
    }
    expect(sorted(raised.map(alertOf))).toEqual(sorted(alertsBetween(late.after, outbreak.after).map(alertOf)));
  });
});
