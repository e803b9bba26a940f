import { Module } from '@nestjs/common';
import { CheckInsModule } from '../check-ins.module.js';
import { CHECK_IN_INGEST, checkInIngestProvider } from './check-in-ingest.provider.js';

/** High-volume check-in ingest from gateways over Kafka, beside the HTTP API. */
@Module({ imports: [CheckInsModule], providers: [checkInIngestProvider], exports: [CHECK_IN_INGEST] })
export class CheckInIngestModule {}
