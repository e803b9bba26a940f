import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Provider } from '@nestjs/common';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import { SqliteEventStore } from '../../../libs/event-store/sqlite/sqlite-event-store.js';
import { MOVEMENT_CATEGORIES } from '../../retention/domain/movement-retention.js';
import { APP_CONFIG } from '../config/app-config.js';
import type { AppConfig } from '../config/app-config.js';

/** The event store of record, chosen by EVENT_STORE alone. */
export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig): Promise<EventStore> => {
    if (config.eventStore === 'eventstoredb') {
      const { EventStoreDbEventStore } = await import('../../../libs/event-store/eventstoredb/eventstoredb-event-store.js');
      return new EventStoreDbEventStore({
        connectionString: config.eventStoreConnectionString!,
        maxAge: { categories: MOVEMENT_CATEGORIES, seconds: config.retentionDays * 86_400 },
      });
    }
    mkdirSync(config.dataDir, { recursive: true });
    return new SqliteEventStore({ file: join(config.dataDir, 'events.sqlite') });
  },
};
