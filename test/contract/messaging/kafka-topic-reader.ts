import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { ensureTopics } from '../../../libs/messaging/kafka/kafka-client.js';

/** A message as a consumer of the topic sees it. */
export interface Delivered {
  key: string | null;
  headers: Record<string, string>;
  value: string | null;
  partition: number;
  offset: string;
}

/**
 * Reads what a topic receives from the moment it is opened: a consumer of its own group reads from
 * the beginning and keeps the messages past the end offsets found at opening, so earlier runs that
 * wrote the same messages to a shared topic do not count.
 */
export class TopicReader {
  readonly messages: Delivered[] = [];

  private constructor(private readonly consumer: Consumer) {}

  static async open(brokers: string[], topic: string, partitions = 3): Promise<TopicReader> {
    const kafka = new Kafka({ clientId: 'topic-reader', brokers, logLevel: logLevel.NOTHING });
    await ensureTopics(kafka, [{ topic, numPartitions: partitions }]);
    const admin = kafka.admin();
    await admin.connect();
    const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)]));
    await admin.disconnect();
    // A short fetch wait: disconnecting waits for the fetch in flight.
    const consumer = kafka.consumer({ groupId: `topic-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
    const reader = new TopicReader(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (BigInt(message.offset) < (ends.get(partition) ?? 0n)) return;
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        reader.messages.push({ key: message.key?.toString() ?? null, headers, value: message.value?.toString() ?? null, partition, offset: message.offset });
      },
    });
    return reader;
  }

  /** Waits until `count` messages arrived, then a little longer to see any extra (a duplicate) come in too. */
  async waitFor(count: number, timeoutMs = 30_000, settleMs = 500): Promise<Delivered[]> {
    const until = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms: ${this.messages.length} of ${count} messages arrived`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await new Promise((r) => setTimeout(r, settleMs));
    return this.messages;
  }

  async close(): Promise<void> {
    await this.consumer.disconnect();
  }
}
