import { afterAll, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { KafkaAlertPublisher } from '../../../libs/messaging/kafka/kafka-alert-publisher.js';
import { describeWithServer, kafkaTarget, NO_KAFKA } from '../../support/infra.js';
import { alertMessage, alertPublisherContract } from './alert-publisher.contract.js';
import { TopicReader } from './kafka-topic-reader.js';

const kafka = kafkaTarget();

describeWithServer('Kafka alert publisher (real broker)', kafka, NO_KAFKA, () => {
  const readers: TopicReader[] = [];
  afterAll(async () => Promise.all(readers.map((r) => r.close())));

  // A topic per run: the contract counts every message, and the real topic is shared.
  alertPublisherContract('kafka', async () => {
    const topic = `contract.exposure-alerts.${randomUUID()}`;
    const reader = await TopicReader.open(kafka!.brokers, topic);
    readers.push(reader);
    return {
      publisher: new KafkaAlertPublisher({ brokers: kafka!.brokers, clientId: 'alert-publisher-contract', topic }),
      received: (count) => reader.waitFor(count),
      close: async () => undefined,
    };
  });

  it('fails a publish, rather than hang, when no broker answers, and says so in its health', async () => {
    const publisher = new KafkaAlertPublisher({ brokers: ['127.0.0.1:1'], clientId: 'alert-publisher-contract' });
    await expect(publisher.publish([alertMessage('p-1')])).rejects.toThrow(/ECONNREFUSED|connect/i);
    expect(await publisher.health()).toMatchObject({ ok: false });
    await publisher.close();
  });
});
