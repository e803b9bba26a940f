import type { Provider } from '@nestjs/common';
import { ALERT_PUBLISHER } from '../../../libs/messaging/alert-publisher.port.js';
import type { AlertPublisher } from '../../../libs/messaging/alert-publisher.port.js';
import { InProcessAlertPublisher } from '../../../libs/messaging/embedded/in-process-alert-publisher.js';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { AppConfig } from '../../platform/config/app-config.js';

/** The alert transport, chosen by ALERTS alone; kafkajs is loaded only when it is used. */
export const alertPublisherProvider: Provider = {
  provide: ALERT_PUBLISHER,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig): Promise<AlertPublisher> => {
    if (config.alerts === 'kafka') {
      const { KafkaAlertPublisher } = await import('../../../libs/messaging/kafka/kafka-alert-publisher.js');
      return new KafkaAlertPublisher({ brokers: config.kafkaBrokers, clientId: config.kafkaClientId });
    }
    return new InProcessAlertPublisher();
  },
};
