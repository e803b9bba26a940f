import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { RecordCheckBatch } from '../application/commands/record-check-batch.js';

export const CHECK_IN_INGEST = Symbol('CHECK_IN_INGEST');

/** The Kafka consumer of check-ins when CHECKIN_INGEST=kafka, else nothing; kafkajs is loaded only then. */
export const checkInIngestProvider: Provider = {
  provide: CHECK_IN_INGEST,
  inject: [APP_CONFIG, RecordCheckBatch],
  useFactory: async (config: AppConfig, batch: RecordCheckBatch) => {
    if (config.checkInIngest !== 'kafka') return null;
    const { KafkaCheckInConsumer } = await import('./kafka-check-in-consumer.js');
    return new KafkaCheckInConsumer(batch, { brokers: config.kafkaBrokers, clientId: config.kafkaClientId });
  },
};
