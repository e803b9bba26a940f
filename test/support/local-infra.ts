import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { kafkaTarget, neo4jTarget } from './infra-targets.js';

const LOOPBACK = /^(?:bolt:\/\/)?(?:127\.0\.0\.1|localhost):\d+$/;

/** A deploy/local server of a suite's own: started, stopped and restarted without touching the others' server. */
export interface OwnServer {
  /** The service's settings that point at this server (NEO4J_* or KAFKA_BROKERS). */
  env: Record<string, string>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A suite that stops and restarts its server gets one of its own (deploy/local's NEO4J_INSTANCE or
 * KAFKA_INSTANCE, on its own ports), so a restart that is slow to recover never fails another
 * suite. Null unless the shared servers are deploy/local's on loopback (where it can start one).
 * Asynchronous, so the service under test goes on running (and failing) while its server is down.
 */
export function ownServer(server: 'neo4j' | 'kafka', name: string, env: NodeJS.ProcessEnv = process.env): OwnServer | null {
  const neo4j = neo4jTarget(env);
  const kafka = kafkaTarget(env);
  const shared = server === 'neo4j' ? neo4j?.url : kafka?.brokers.join(',');
  if (!shared || !LOOPBACK.test(shared)) return null;
  const port = Number(env[`OWN_${server.toUpperCase()}_PORT`] ?? (server === 'neo4j' ? 7697 : 9292));
  const settings =
    server === 'neo4j'
      ? { NEO4J_INSTANCE: `neo4j-${name}`, NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: neo4j!.password }
      : { KAFKA_INSTANCE: `kafka-${name}`, KAFKA_PORT: String(port), KAFKA_CONTROLLER_PORT: String(port + 1) };
  const infra = async (action: 'start' | 'stop') => {
    try {
      await promisify(execFile)('deploy/local/infra', [action, server], { timeout: 240_000, env: { ...env, ...settings } });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`deploy/local/infra ${action} ${server} (${Object.values(settings)[0]}) failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
    }
  };
  return {
    env:
      server === 'neo4j'
        ? { CONTACT_GRAPH: 'neo4j', NEO4J_URL: `bolt://127.0.0.1:${port}`, NEO4J_USER: neo4j!.user, NEO4J_PASSWORD: neo4j!.password }
        : { KAFKA_BROKERS: `127.0.0.1:${port}` },
    start: () => infra('start'),
    stop: () => infra('stop'),
  };
}
