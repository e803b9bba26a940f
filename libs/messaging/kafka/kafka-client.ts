import { Logger } from '@nestjs/common';
import { Kafka, logLevel, type ITopicConfig, type LogEntry } from 'kafkajs';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
}

const logger = new Logger('Kafka');

/**
 * kafkajs logs through Nest's logger, one step quieter than it rates itself: it reports every
 * retried request and refused connection as an error, while the callers (the outbox, the ingest
 * consumer) log the failure that matters once, with what it means for alerts or check-ins.
 */
function logCreator() {
  return ({ namespace, level, log }: LogEntry): void => {
    const line = `${namespace}: ${log.message}`;
    if (level <= logLevel.ERROR) logger.warn(line);
    else logger.debug(line);
  };
}

/**
 * A client that gives up within seconds when no broker answers: the callers (the outbox, the
 * ingest consumer) retry with their own backoff and report the outage, rather than hang in a send.
 */
export function createKafka({ brokers, clientId }: KafkaSettings): Kafka {
  return new Kafka({
    clientId,
    brokers,
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 200, maxRetryTime: 2_000, retries: 3 },
    logLevel: logLevel.WARN,
    logCreator,
  });
}

/** Creates the topics that are missing; existing ones are left as they are. */
export async function ensureTopics(kafka: Kafka, topics: ITopicConfig[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics, waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}
