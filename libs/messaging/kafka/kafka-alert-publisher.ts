import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import type { AlertMessage, AlertPublisher } from '../alert-publisher.port.js';
import { ALERTS_TOPIC, EVENT_ID_HEADER } from '../topics.js';
import { createKafka, ensureTopics, type KafkaSettings } from './kafka-client.js';

export interface KafkaAlertPublisherOptions extends KafkaSettings {
  /** Another topic than contact-tracing.exposure-alerts.v1, for tests that must not share it. */
  topic?: string;
  /** Partitions of the topic when this publisher creates it. */
  partitions?: number;
}

/**
 * Alerts on Kafka. An idempotent producer with one request in flight and acks from every in-sync
 * replica: a batch is acknowledged only once durable, and broker-side retries neither duplicate
 * nor reorder it. Keyed by personId, so one person's alerts stay on one partition, in order.
 */
export class KafkaAlertPublisher implements AlertPublisher {
  readonly adapter = 'kafka';
  private readonly kafka: Kafka;
  private readonly topic: string;
  private producer: Promise<Producer> | null = null;
  private lastError: string | null = null;

  constructor(private readonly options: KafkaAlertPublisherOptions) {
    this.kafka = createKafka(options);
    this.topic = options.topic ?? ALERTS_TOPIC;
  }

  async publish(messages: AlertMessage[]): Promise<void> {
    if (messages.length === 0) return;
    try {
      const producer = await this.connected();
      await producer.send({ topic: this.topic, acks: -1, messages: messages.map(toRecord) });
      this.lastError = null;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      // A producer whose brokers went away does not always recover: the next publish starts afresh.
      await this.discardProducer();
      throw error;
    }
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    return this.lastError === null ? { ok: true, detail: `topic ${this.topic}` } : { ok: false, detail: this.lastError };
  }

  async close(): Promise<void> {
    await this.discardProducer();
  }

  private connected(): Promise<Producer> {
    this.producer ??= (async () => {
      await ensureTopics(this.kafka, [{ topic: this.topic, numPartitions: this.options.partitions ?? 3 }]);
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      return producer;
    })();
    return this.producer;
  }

  private async discardProducer(): Promise<void> {
    const pending = this.producer;
    this.producer = null;
    const producer = await pending?.catch(() => null);
    await producer?.disconnect().catch(() => undefined);
  }
}

function toRecord(message: AlertMessage): Message {
  return {
    key: message.personId,
    value: JSON.stringify(message),
    headers: { [EVENT_ID_HEADER]: message.eventId, 'schema-version': String(message.schemaVersion), 'content-type': 'application/json' },
  };
}
