import { join } from 'node:path';
import type { Provider } from '@nestjs/common';
import { CHECKPOINT_STORE } from '../../../libs/checkpoints/checkpoint-store.port.js';
import type { CheckpointStore } from '../../../libs/checkpoints/checkpoint-store.port.js';
import { SqliteCheckpointStore } from '../../../libs/checkpoints/sqlite/sqlite-checkpoint-store.js';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { AppConfig } from '../../platform/config/app-config.js';

/** The reactor's and the outbox's checkpoints, in DATA_DIR whatever the event store. */
export const checkpointStoreProvider: Provider = {
  provide: CHECKPOINT_STORE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): CheckpointStore => new SqliteCheckpointStore(join(config.dataDir, 'checkpoints.sqlite')),
};
