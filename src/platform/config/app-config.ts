import type { RulesConfig } from '../../../libs/exposure-rules/types.js';

export interface AppConfig {
  port: number;
  dataDir: string;
  apiKeys: Map<string, Role> | null;
  eventStore: 'sqlite' | 'eventstoredb';
  eventStoreConnectionString: string | null;
  contactGraph: 'embedded' | 'neo4j';
  neo4j: { url: string; user: string; password: string } | null;
  alerts: 'embedded' | 'kafka';
  kafkaBrokers: string[];
  /** Names this service to the Kafka brokers (KAFKA_CLIENT_ID). */
  kafkaClientId: string;
  /** `kafka`: also consume check-ins from contact-tracing.check-ins.v1 (HTTP ingest always works). */
  checkInIngest: 'http' | 'kafka';
  /** Longest wait between two attempts of the alert reactor and outbox after a failure. */
  alertsRetryMaxMs: number;
  rules: RulesConfig;
  alertDepth: number;
  retentionDays: number;
  /** How long a confirmed case stays active for classification, counted from infectiousFrom. */
  caseActiveDays: number;
  /** Upper bound of a read-your-writes wait before a query answers as stale. */
  readYourWritesTimeoutMs: number;
  /** How long /health waits for each adapter's answer before calling it down. */
  healthProbeTimeoutMs: number;
  /** How often the alert stream sends a heartbeat comment, so that proxies keep it open. */
  alertsHeartbeatMs: number;
  qrSigningSecret: string | null;
  /** The zone days are counted in and local times are shown in (CSV exports): an IANA name. */
  timeZone: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Requests with a wrong or missing API key allowed per client address per minute (then 429). */
  authFailuresPerMinute: number;
  /** Writes allowed per API key per minute (then 429). */
  writesPerMinute: number;
  /** Origins a browser may call the API from (CORS); none by default. */
  corsOrigins: string[];
}

export const ROLES = ['checkin-gateway', 'investigator', 'task-force', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}
