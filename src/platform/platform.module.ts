import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { APP_CONFIG } from './config/app-config.js';
import type { AppConfig } from './config/app-config.js';
import type { ApiKeyRegistry } from './auth/api-key-registry.js';
import { CLOCK } from './clock.js';
import type { Clock } from './clock.js';
import { API_KEYS, ApiKeyGuard } from './auth/api-key.guard.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { CsvInterceptor } from './http/csv/csv.interceptor.js';
import { EventStreamWriter } from './event-sourcing/event-stream-writer.js';
import { StreamExistence } from './event-sourcing/stream-existence.js';
import { StreamStates } from './event-sourcing/stream-states.js';
import { eventStoreProvider } from './infrastructure/event-store.provider.js';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';

/** Configuration, clock, auth, error mapping and the event store: what every context builds on. */
@Global()
@Module({})
export class PlatformModule {
  static register(config: AppConfig, apiKeys: ApiKeyRegistry, clock: Clock): DynamicModule {
    return {
      module: PlatformModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: API_KEYS, useValue: apiKeys },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: CsvInterceptor },
        eventStoreProvider,
        EventStreamWriter,
        StreamExistence,
        StreamStates,
      ],
      exports: [APP_CONFIG, CLOCK, API_KEYS, EVENT_STORE, EventStreamWriter, StreamExistence, StreamStates],
    };
  }
}
