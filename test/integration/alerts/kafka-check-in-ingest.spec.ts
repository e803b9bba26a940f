import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Message } from 'kafkajs';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import { CHECK_INS_DLQ_TOPIC, CHECK_INS_TOPIC } from '../../../libs/messaging/topics.js';
import { TopicReader } from '../../contract/messaging/kafka-topic-reader.js';
import { describeWithServer, kafkaTarget, NO_KAFKA } from '../../support/infra.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../../support/test-app.js';
import { eventually } from './support/alerts-over-http.js';

const kafka = kafkaTarget();
const NOW = Date.parse('2021-07-20T00:00:00Z');
const VALID = 300;
const DUPLICATES = 60;

describeWithServer('check-in ingest from Kafka (real broker)', kafka, NO_KAFKA, () => {
  // Ids of this run only: the topics and the consumer group are shared with earlier runs.
  const run = randomUUID().slice(0, 8);
  const persons = Array.from({ length: 10 }, (_, i) => `K${run}-P${i}`);
  const venue = `K${run}-V`;
  const scan = (i: number, extra: Record<string, unknown> = {}) => ({
    checkInId: `K${run}-c${i}`,
    personId: persons[i % persons.length],
    venueId: venue,
    direction: i % 2 === 0 ? 'in' : 'out',
    at: new Date(Date.parse('2021-07-10T00:00:00Z') + i * 60_000).toISOString(),
    source: 'gateway',
    ...extra,
  });
  const valid = Array.from({ length: VALID }, (_, i) => scan(i));
  const malformed: { value: string; status: string; reason: RegExp }[] = [
    { value: `not json ${run}`, status: '400', reason: /not valid JSON/ },
    { value: JSON.stringify([run]), status: '400', reason: /not a JSON object/ },
    { value: JSON.stringify(scan(10_000, { direction: 'sideways' })), status: '400', reason: /direction must be one of in, out/ },
    { value: JSON.stringify(scan(10_001, { personId: `K${run}-nobody` })), status: '404', reason: /does not exist/ },
    { value: JSON.stringify(scan(10_002, { at: '2021-07-30T00:00:00Z' })), status: '400', reason: /at must not be more than 5 minutes in the future/ },
    { value: JSON.stringify(scan(10_003, { at: '2021-06-01T00:00:00Z' })), status: '422', reason: /at is before the retention cut-off 2021-06-22T00:00:00.000Z/ },
    { value: JSON.stringify(scan(3, { venueId: `K${run}-elsewhere` })), status: '404', reason: /does not exist/ },
    { value: JSON.stringify(scan(5, { at: '2021-07-11T00:00:00Z' })), status: '409', reason: /already recorded with other data/ },
  ];
  let app: RunningApp;
  let dlq: TopicReader;

  beforeAll(async () => {
    dlq = await TopicReader.open(kafka!.brokers, CHECK_INS_DLQ_TOPIC);
    app = await startApp({ now: NOW, env: { CHECKIN_INGEST: 'kafka', KAFKA_BROKERS: kafka!.brokers.join(',') } });
    const inv = client(app.url, KEYS.investigator);
    for (const personId of persons) expect((await inv.post('/v1/persons', { personId, fullName: personId })).status).toBe(201);
    expect((await inv.post('/v1/venues', { venueId: venue, name: 'Gate', kind: 'checkpoint' })).status).toBe(201);
  });
  afterAll(async () => {
    await dlq?.close();
    if (app) {
      await app.close();
      removeDir(app.dataDir);
    }
  });

  it('records every valid check-in of a burst once and dead-letters every refused one with its reason', async () => {
    const producer = new Kafka({ clientId: 'ingest-test', brokers: kafka!.brokers, logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    const asMessage = (s: Record<string, unknown>): Message => ({ key: String(s.personId), value: JSON.stringify(s) });
    // Valid scans, some twice; refused ones spread in between.
    const burst: Message[] = valid.map(asMessage);
    valid.slice(0, DUPLICATES).forEach((s, i) => burst.splice(i * 5 + 3, 0, asMessage(s)));
    // Keyed like the gateways do, by person: the conflicting rescan then comes after its original.
    const keyOf = (value: string) => (value.startsWith('{') ? String(JSON.parse(value).personId) : persons[0]);
    malformed.forEach((m, i) => burst.splice(i * 40 + 7, 0, { key: keyOf(m.value), value: m.value }));
    await producer.send({ topic: CHECK_INS_TOPIC, acks: -1, messages: burst });
    await producer.disconnect();

    const store = app.app.get<EventStore>(EVENT_STORE);
    const recorded = async () => (await Promise.all(persons.map((p) => store.readStream(`checkins-${p}`)))).flat();
    await eventually('every valid check-in to be in the log', async () => (await recorded()).length >= VALID, 60_000);
    const ids = (await recorded()).map((e) => (e.data as { checkInId: string }).checkInId);
    expect([...ids].sort()).toEqual(valid.map((s) => s.checkInId).sort());

    const letters = (await dlq.waitFor(malformed.length, 30_000)).filter((m) => m.value!.includes(run));
    expect(letters).toHaveLength(malformed.length);
    for (const expected of malformed) {
      const letter = letters.find((l) => JSON.parse(l.value!).original === expected.value);
      expect(letter).toBeDefined();
      expect(letter!.headers['dlq-status']).toBe(expected.status);
      expect(letter!.headers['dlq-reason']).toMatch(expected.reason);
      expect(JSON.parse(letter!.value!).problem).toMatchObject({ status: Number(expected.status) });
    }
  });
});
