import { isTimeZone } from '../time/local-time.js';
import { AppConfig, ConfigError, Role, ROLES } from './app-config.js';

type Env = Record<string, string | undefined>;

/** Reads and validates the environment; every bad setting is reported at once, by name. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${raw}: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, fallback: T, allowed: readonly T[]): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name}=${raw}: expected one of ${allowed.join(', ')}`);
      return fallback;
    }
    return raw as T;
  };

  const maxStayHours = int('MAX_STAY_HOURS', 12, 1, 24);
  const config: AppConfig = {
    port: int('PORT', 3000, 0, 65535),
    dataDir: env.DATA_DIR || './data',
    apiKeys: parseApiKeys(env.API_KEYS, problems),
    eventStore: oneOf('EVENT_STORE', 'sqlite', ['sqlite', 'eventstoredb'] as const),
    eventStoreConnectionString: env.EVENTSTORE_CONNECTION_STRING || null,
    contactGraph: oneOf('CONTACT_GRAPH', 'embedded', ['embedded', 'neo4j'] as const),
    neo4j: env.NEO4J_URL
      ? { url: env.NEO4J_URL, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD || '' }
      : null,
    alerts: oneOf('ALERTS', 'embedded', ['embedded', 'kafka'] as const),
    kafkaBrokers: (env.KAFKA_BROKERS || '').split(',').map((b) => b.trim()).filter(Boolean),
    kafkaClientId: env.KAFKA_CLIENT_ID || 'exposure-service',
    checkInIngest: oneOf('CHECKIN_INGEST', 'http', ['http', 'kafka'] as const),
    alertsRetryMaxMs: int('ALERTS_RETRY_MAX_MS', 30_000, 100, 3_600_000),
    rules: {
      minOverlapMinutes: int('MIN_OVERLAP_MINUTES', 15, 1, 24 * 60),
      infectiousLookbackDays: int('INFECTIOUS_LOOKBACK_DAYS', 2, 0, 30),
      defaultStayMinutes: int('DEFAULT_STAY_MINUTES', 60, 1, maxStayHours * 60),
      maxStayHours,
      maxDepth: int('MAX_DEPTH', 3, 1, 5),
    },
    alertDepth: int('ALERT_DEPTH', 2, 1, 5),
    retentionDays: int('RETENTION_DAYS', 28, 1, 3650),
    caseActiveDays: int('CASE_ACTIVE_DAYS', 28, 1, 3650),
    readYourWritesTimeoutMs: int('READ_YOUR_WRITES_TIMEOUT_MS', 2000, 0, 60000),
    healthProbeTimeoutMs: int('HEALTH_PROBE_TIMEOUT_MS', 1000, 10, 60000),
    alertsHeartbeatMs: int('ALERTS_HEARTBEAT_MS', 15_000, 10, 3_600_000),
    qrSigningSecret: env.QR_SIGNING_SECRET || null,
    timeZone: env.TIME_ZONE || 'Asia/Ho_Chi_Minh',
    logLevel: oneOf('LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error'] as const),
    authFailuresPerMinute: int('AUTH_FAILURES_PER_MINUTE', 30, 1, 1_000_000),
    writesPerMinute: int('WRITES_PER_MINUTE', 12_000, 1, 10_000_000),
    corsOrigins: (env.CORS_ORIGINS || '').split(',').map((o) => o.trim()).filter(Boolean),
  };
  if (config.eventStore === 'eventstoredb' && !config.eventStoreConnectionString) {
    problems.push('EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING');
  }
  if (config.contactGraph === 'neo4j' && !config.neo4j) {
    problems.push('CONTACT_GRAPH=neo4j needs NEO4J_URL (and NEO4J_USER, NEO4J_PASSWORD)');
  }
  if (config.alerts === 'kafka' && config.kafkaBrokers.length === 0) {
    problems.push('ALERTS=kafka needs KAFKA_BROKERS');
  }
  if (config.checkInIngest === 'kafka' && config.kafkaBrokers.length === 0) {
    problems.push('CHECKIN_INGEST=kafka needs KAFKA_BROKERS');
  }
  if (config.qrSigningSecret !== null && config.qrSigningSecret.length < 16) {
    problems.push('QR_SIGNING_SECRET: at least 16 characters');
  }
  if (!isTimeZone(config.timeZone)) problems.push(`TIME_ZONE=${config.timeZone}: expected an IANA time zone, e.g. Asia/Ho_Chi_Minh`);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}


function parseApiKeys(raw: string | undefined, problems: string[]): Map<string, Role> | null {
  if (raw === undefined || raw.trim() === '') return null;
  const keys = new Map<string, Role>();
  for (const [index, entry] of raw.split(',').entries()) {
    const at = entry.lastIndexOf(':');
    const key = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || key.length < 8) {
      problems.push(`API_KEYS: entry ${index + 1} must be key:role with a key of at least 8 characters (the key is not shown)`);
    } else if (!(ROLES as readonly string[]).includes(role)) {
      problems.push(`API_KEYS: unknown role "${role}" (roles: ${ROLES.join(', ')})`);
    } else {
      keys.set(key, role as Role);
    }
  }
  return keys;
}
