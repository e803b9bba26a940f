import { execFileSync } from 'node:child_process';
import { kafkaTarget, neo4jTarget } from './infra-targets.js';

export type InfraAction = 'start' | 'stop';

const LOOPBACK = /^(?:bolt:\/\/)?(?:127\.0\.0\.1|localhost):(\d+)$/;

/**
 * `deploy/local/infra start|stop <server>` for the server a suite is configured with, on that
 * server's own port (taken from NEO4J_URL or KAFKA_BROKERS), so a suite that stops and restarts
 * its server never starts one on the default ports. Null unless the server is on loopback, where
 * deploy/local runs it.
 */
export function localInfra(server: 'neo4j' | 'kafka', env: NodeJS.ProcessEnv = process.env): ((action: InfraAction) => void) | null {
  const address = server === 'neo4j' ? neo4jTarget(env)?.url : kafkaTarget(env)?.brokers.join(',');
  const port = address?.match(LOOPBACK)?.[1];
  if (!port) return null;
  const ports =
    server === 'neo4j'
      ? { NEO4J_BOLT_PORT: port, NEO4J_PASSWORD: neo4jTarget(env)!.password }
      : { KAFKA_PORT: port, KAFKA_CONTROLLER_PORT: env.KAFKA_CONTROLLER_PORT ?? String(Number(port) + 1) };
  return (action) => {
    execFileSync('deploy/local/infra', [action, server], { stdio: 'ignore', timeout: 240_000, env: { ...env, ...ports } });
  };
}
