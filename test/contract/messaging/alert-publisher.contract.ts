import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { AlertMessage, AlertPublisher } from '../../../libs/messaging/alert-publisher.port.js';
import { EVENT_ID_HEADER } from '../../../libs/messaging/topics.js';

/** What a consumer of the transport receives. */
export interface Received {
  key: string | null;
  headers: Record<string, string>;
  value: string | null;
}

export interface PublisherUnderTest {
  publisher: AlertPublisher;
  /** Everything the transport delivered since the suite started, in delivery order, once `count` arrived. */
  received(count: number): Promise<Received[]>;
  close(): Promise<void>;
}

let sequence = 0;

export function alertMessage(personId: string, level = 1): AlertMessage {
  const n = ++sequence;
  return {
    schemaVersion: 2,
    eventId: randomUUID(),
    alertId: randomUUID(),
    caseId: 'P-case',
    caseIds: ['P-case', 'P-case-2'],
    personId,
    level,
    exposedAt: '2021-07-10T01:30:00.000Z',
    lastExposedAt: '2021-07-10T02:30:00.000Z',
    via: { fromPersonId: 'P-case', kind: 'co-presence', venueId: 'V1', contactId: null, from: '2021-07-10T01:30:00.000Z', to: '2021-07-10T02:30:00.000Z' },
    recommendation: {
      policyVersion: '2021-07-v1',
      classification: `F${level}`,
      isolation: 'centralized',
      from: '2021-07-10T01:30:00.000Z',
      until: '2021-07-24T01:30:00.000Z',
      testDays: [1, 7, 14],
      advice: 'centralized quarantine',
    },
    raisedAt: '2021-07-12T00:00:00.000Z',
    position: String(1000 + n),
  };
}

/** The AlertPublisher contract: every adapter runs it (DESIGN.md section 6). */
export function alertPublisherContract(name: string, open: () => Promise<PublisherUnderTest>): void {
  describe(`AlertPublisher contract: ${name}`, () => {
    let subject: PublisherUnderTest;
    const sent: AlertMessage[] = [];
    const publish = async (messages: AlertMessage[]) => {
      await subject.publisher.publish(messages);
      sent.push(...messages);
    };

    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      await subject?.publisher.close();
      await subject?.close();
    });

    it('delivers each message keyed by person, with its event id in a header and the JSON message as value', async () => {
      const batch = [alertMessage(`p-${randomUUID()}`), alertMessage(`p-${randomUUID()}`, 2)];
      await publish(batch);
      const received = await subject.received(sent.length);
      for (const message of batch) {
        const delivery = received.find((r) => r.headers[EVENT_ID_HEADER] === message.eventId);
        expect(delivery).toBeDefined();
        expect(delivery!.key).toBe(message.personId);
        expect(JSON.parse(delivery!.value!)).toEqual(message);
        expect(JSON.parse(delivery!.value!).schemaVersion).toBe(2);
      }
    });

    it("keeps each person's alerts in publishing order, within and across batches", async () => {
      const people = [`a-${randomUUID()}`, `b-${randomUUID()}`, `c-${randomUUID()}`];
      for (let round = 0; round < 4; round++) await publish(people.flatMap((p) => [alertMessage(p, 1), alertMessage(p, 2)]));
      const received = await subject.received(sent.length);
      for (const personId of people) {
        const published = sent.filter((m) => m.personId === personId).map((m) => m.eventId);
        const delivered = received.filter((r) => r.key === personId).map((r) => r.headers[EVENT_ID_HEADER]);
        expect(delivered).toEqual(published);
      }
    });

    it('delivers nothing for an empty batch, and delivers each message once', async () => {
      await publish([]);
      const received = await subject.received(sent.length);
      expect(received.map((r) => r.headers[EVENT_ID_HEADER])).toHaveLength(sent.length);
      expect(new Set(received.map((r) => r.headers[EVENT_ID_HEADER])).size).toBe(sent.length);
    });

    it('reports itself healthy while it delivers', async () => {
      expect((await subject.publisher.health()).ok).toBe(true);
    });
  });
}
