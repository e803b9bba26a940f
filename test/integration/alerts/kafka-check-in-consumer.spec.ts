import { describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { EachBatchPayload, KafkaMessage, Message } from 'kafkajs';
import type { RecordCheckBatch } from '../../../src/check-ins/application/commands/record-check-batch.js';
import type { BatchItemResult } from '../../../src/check-ins/application/commands/record-check-batch.command.js';
import { KafkaCheckInConsumer } from '../../../src/check-ins/infrastructure/kafka-check-in-consumer.js';
import { problem } from '../../../src/platform/http/problem.js';

Logger.overrideLogger(false);

const scan = (i: number) => ({ checkInId: `c${i}`, personId: 'P1', venueId: 'V1', direction: 'in', at: '2021-07-10T08:00:00+07:00' });
const kafkaMessage = (offset: number, value: string): KafkaMessage =>
  ({ key: Buffer.from('P1'), value: Buffer.from(value), headers: {}, timestamp: '0', offset: String(offset), attributes: 0 }) as KafkaMessage;

/** The consumer's batch handling against a scripted RecordCheckBatch and a recording dead-letter producer. */
function harness(answers: ((items: unknown[]) => BatchItemResult[])[]) {
  const calls: unknown[][] = [];
  const batch = {
    run: async (items: unknown[]) => {
      calls.push(items);
      return { results: answers[Math.min(calls.length - 1, answers.length - 1)](items), position: null };
    },
  } as unknown as RecordCheckBatch;
  const consumer = new KafkaCheckInConsumer(batch, { brokers: ['127.0.0.1:1'], clientId: 'test' });
  const dead: Message[] = [];
  const steps: string[] = [];
  Object.assign(consumer, { dlq: { send: async ({ messages }: { messages: Message[] }) => void (dead.push(...messages), steps.push('dead-letter')) } });
  const handle = (messages: KafkaMessage[]) => {
    const payload = {
      batch: { topic: 'contact-tracing.check-ins.v1', partition: 0, messages },
      resolveOffset: (offset: string) => steps.push(`resolve ${offset}`),
      uncommittedOffsets: () => ({ topics: [] }),
      commitOffsetsIfNecessary: async () => void steps.push('commit'),
      heartbeat: async () => undefined,
      isRunning: () => true,
      isStale: () => false,
    } as unknown as EachBatchPayload;
    return (consumer as unknown as { handleBatch(p: EachBatchPayload): Promise<void> }).handleBatch(payload);
  };
  return { calls, dead, steps, handle };
}

const accepted = (items: unknown[]) => items.map(() => ({ checkInId: 'x', status: 202 }));

describe('Kafka check-in consumer', () => {
  it('retries a chunk that failed on our side, never dead-letters it, and commits only after it is recorded', async () => {
    const failing = (items: unknown[]) => items.map((_, i) => (i === 1 ? { checkInId: 'x', status: 500, error: problem(500, 'disk full') } : { checkInId: 'x', status: 202 }));
    const h = harness([failing, failing, accepted]);
    await h.handle([kafkaMessage(7, JSON.stringify(scan(1))), kafkaMessage(8, JSON.stringify(scan(2)))]);
    expect(h.calls).toHaveLength(3);
    expect(h.calls[2]).toEqual(h.calls[0]);
    expect(h.dead).toEqual([]);
    expect(h.steps).toEqual(['resolve 8', 'commit']);
  });

  it('dead-letters what is refused, in offset order, before committing the chunk', async () => {
    const refuseSecond = (items: unknown[]) => items.map((_, i) => (i === 1 ? { checkInId: 'c3', status: 404, error: problem(404, 'person P1 does not exist') } : { checkInId: 'x', status: 202 }));
    const h = harness([refuseSecond]);
    await h.handle([kafkaMessage(1, JSON.stringify(scan(1))), kafkaMessage(2, 'garbage'), kafkaMessage(3, JSON.stringify(scan(3)))]);
    expect(h.calls).toEqual([[scan(1), scan(3)]]);
    expect(h.dead.map((m) => m.headers?.['dlq-source'])).toEqual(['contact-tracing.check-ins.v1/0@2', 'contact-tracing.check-ins.v1/0@3']);
    expect(h.steps).toEqual(['dead-letter', 'resolve 3', 'commit']);
  });
});
