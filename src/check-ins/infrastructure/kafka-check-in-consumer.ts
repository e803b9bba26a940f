import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { backoffDelay, sleep } from '../../../libs/event-store/subscription/waits.js';
import { createKafka, ensureTopics, type KafkaSettings } from '../../../libs/messaging/kafka/kafka-client.js';
import { CHECK_INS_DLQ_TOPIC, CHECK_INS_GROUP, CHECK_INS_TOPIC } from '../../../libs/messaging/topics.js';
import type { Problem } from '../../platform/http/problem.js';
import { MAX_BATCH } from '../api/check-in.dto.js';
import { RecordCheckBatch } from '../application/commands/record-check-batch.js';
import { checkInOf, Coordinates, deadLetter, reasonOf } from './check-in-messages.js';

export interface CheckInIngestOptions extends KafkaSettings {
  topic?: string;
  dlqTopic?: string;
  groupId?: string;
  /** Partitions of the check-ins topic when this consumer creates it. */
  partitions?: number;
}

const BACKOFF = { minDelayMs: 200, maxDelayMs: 10_000 };

interface Refused {
  message: KafkaMessage;
  at: Coordinates;
  problem: Problem;
}

/**
 * Check-ins from gateways over Kafka, through the same validation and commands as
 * POST /v1/check-ins/batch. Offsets are committed only after a chunk's events are appended and its
 * refused messages are in the dead-letter topic: a crash repeats work, which the check-in ids make
 * idempotent, and never loses a scan. A refused message (not JSON, a 4xx answer) goes to the
 * dead-letter topic with its reason; a failure of our own (a 5xx) is retried, never dead-lettered.
 */
export class KafkaCheckInConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('CheckInIngest');
  private readonly kafka: Kafka;
  private readonly topic: string;
  private readonly dlqTopic: string;
  private readonly stopping = new AbortController();
  private consumer: Consumer | null = null;
  private dlq: Producer | null = null;
  private failures = 0;
  lastError: string | null = null;

  constructor(
    private readonly batch: RecordCheckBatch,
    private readonly options: CheckInIngestOptions,
  ) {
    this.kafka = createKafka(options);
    this.topic = options.topic ?? CHECK_INS_TOPIC;
    this.dlqTopic = options.dlqTopic ?? CHECK_INS_DLQ_TOPIC;
  }

  /** Not awaited: the service starts while Kafka is unreachable, and the consumer joins when it is back. */
  async onApplicationBootstrap(): Promise<void> {
    void this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.disconnect();
  }

  private async start(): Promise<void> {
    try {
      const partitions = this.options.partitions ?? 3;
      await ensureTopics(this.kafka, [{ topic: this.topic, numPartitions: partitions }, { topic: this.dlqTopic, numPartitions: partitions }]);
      this.dlq = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await this.dlq.connect();
      // A fetch returns as soon as a message is there; the wait only bounds how long a shutdown waits for one.
      const consumer = this.kafka.consumer({ groupId: this.options.groupId ?? CHECK_INS_GROUP, maxWaitTimeInMs: 1_000 });
      this.consumer = consumer;
      // kafkajs restarts itself after retriable crashes; after the others, start afresh here.
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart) this.restartAfter(payload.error);
      });
      await consumer.connect();
      await consumer.subscribe({ topic: this.topic, fromBeginning: true });
      await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => this.handleBatch(payload) });
      this.failures = 0;
      this.lastError = null;
    } catch (error) {
      this.restartAfter(error);
    }
  }

  private restartAfter(error: unknown): void {
    if (this.stopping.signal.aborted) return;
    this.lastError = error instanceof Error ? error.message : String(error);
    const delay = backoffDelay(++this.failures, BACKOFF);
    this.log.error(`consumer of ${this.topic} stopped: ${this.lastError}; starting again in ${delay} ms`);
    void this.disconnect()
      .then(() => sleep(delay, this.stopping.signal))
      .then(() => (this.stopping.signal.aborted ? undefined : this.start()));
  }

  private async disconnect(): Promise<void> {
    const [consumer, dlq] = [this.consumer, this.dlq];
    this.consumer = this.dlq = null;
    await consumer?.disconnect().catch(() => undefined);
    await dlq?.disconnect().catch(() => undefined);
  }

  /** Chunk by chunk: append, dead-letter, then resolve and commit the chunk's offsets. */
  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, commitOffsetsIfNecessary, uncommittedOffsets, heartbeat, isRunning, isStale } = payload;
    for (let i = 0; i < batch.messages.length; i += MAX_BATCH) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(i, i + MAX_BATCH);
      const at = (m: KafkaMessage): Coordinates => ({ topic: batch.topic, partition: batch.partition, offset: m.offset });
      const refused = await this.ingest(chunk, at, payload);
      if (refused.length > 0) await this.deadLetter(refused);
      resolveOffset(chunk[chunk.length - 1].offset);
      // With autoCommit off, commitOffsetsIfNecessary commits only offsets it is given.
      await commitOffsetsIfNecessary(uncommittedOffsets());
      await heartbeat();
    }
  }

  /** Records the chunk's check-ins; returns the messages to dead-letter. Retries while the service fails. */
  private async ingest(chunk: KafkaMessage[], at: (m: KafkaMessage) => Coordinates, payload: EachBatchPayload): Promise<Refused[]> {
    const parsed = chunk.map((message) => ({ message, at: at(message), parsed: checkInOf(message, at(message)) }));
    const refused: Refused[] = parsed.flatMap((p) => (p.parsed.ok ? [] : [{ message: p.message, at: p.at, problem: p.parsed.problem }]));
    const valid = parsed.flatMap((p) => (p.parsed.ok ? [{ ...p, item: p.parsed.item }] : []));
    if (valid.length === 0) return refused;
    const first = valid[0].at;
    const ctx = { actor: `kafka:${first.topic}`, correlationId: `kafka:${first.topic}/${first.partition}@${first.offset}` };
    for (let attempt = 1; ; attempt++) {
      const { results } = await this.batch.run(valid.map((v) => v.item), ctx);
      const failed = results.filter((r) => r.status >= 500);
      if (failed.length === 0) {
        results.forEach((r, i) => r.error && refused.push({ message: valid[i].message, at: valid[i].at, problem: r.error }));
        return refused.sort((a, b) => Number(BigInt(a.at.offset) - BigInt(b.at.offset)));
      }
      // Every scan of the chunk is tried again: those already recorded answer as before.
      const delay = backoffDelay(attempt, BACKOFF);
      this.log.error(`${failed.length} check-ins from ${first.topic}/${first.partition}@${first.offset} failed (${failed[0].error?.detail}); retrying in ${delay} ms`);
      await sleep(delay, this.stopping.signal);
      if (!payload.isRunning() || this.stopping.signal.aborted) throw new Error('stopping before the chunk was recorded');
      await payload.heartbeat();
    }
  }

  /** Throws when the dead-letter topic is unreachable: the chunk is then not committed and comes again. */
  private async deadLetter(refused: Refused[]): Promise<void> {
    if (!this.dlq) throw new Error('the dead-letter producer is not connected');
    await this.dlq.send({ topic: this.dlqTopic, acks: -1, messages: refused.map((r) => deadLetter(r.message, r.at, r.problem)) });
    this.log.warn(`${refused.length} check-ins sent to ${this.dlqTopic}: ${refused.map((r) => `@${r.at.offset} ${reasonOf(r.problem)}`).join(' | ')}`);
  }
}
