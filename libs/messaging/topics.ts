/** The service's Kafka topics and consumer group: names are part of the public contract. */
export const ALERTS_TOPIC = 'contact-tracing.exposure-alerts.v1';
export const CHECK_INS_TOPIC = 'contact-tracing.check-ins.v1';
export const CHECK_INS_DLQ_TOPIC = 'contact-tracing.check-ins.dlq.v1';
export const CHECK_INS_GROUP = 'exposure-service.check-ins';

/** The header carrying an event id, by which consumers de-duplicate at-least-once deliveries. */
export const EVENT_ID_HEADER = 'event-id';
