import { describe, expect, it } from '@jest/globals';
import { InProcessAlertPublisher } from '../../../libs/messaging/embedded/in-process-alert-publisher.js';
import { EVENT_ID_HEADER } from '../../../libs/messaging/topics.js';
import type { AlertMessage } from '../../../libs/messaging/alert-publisher.port.js';
import { alertMessage, alertPublisherContract, Received } from './alert-publisher.contract.js';

/** An in-process listener is this transport's consumer: it sees what a Kafka consumer would. */
alertPublisherContract('in-process', async () => {
  const publisher = new InProcessAlertPublisher();
  const received: Received[] = [];
  const stop = publisher.listen((m) => received.push({ key: m.personId, headers: { [EVENT_ID_HEADER]: m.eventId }, value: JSON.stringify(m) }));
  return {
    publisher,
    received: async () => received,
    close: async () => {
      stop();
    },
  };
});

describe('in-process publisher', () => {
  it('keeps the most recent alerts, oldest dropped first, and survives a failing listener', async () => {
    const publisher = new InProcessAlertPublisher(3);
    const seen: AlertMessage[] = [];
    publisher.listen(() => {
      throw new Error('a broken listener');
    });
    publisher.listen((m) => seen.push(m));
    const messages = ['p1', 'p2', 'p3', 'p4'].map((p) => alertMessage(p));
    await publisher.publish(messages);
    expect(publisher.recent()).toEqual(messages.slice(1));
    expect(seen).toEqual(messages);
  });
});
