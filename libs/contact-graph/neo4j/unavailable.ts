import { Neo4jError } from 'neo4j-driver';
import { UnavailableError } from '../../../src/platform/errors.js';

/** Driver codes that mean "the server cannot be reached now", as opposed to a bad query. */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isUnreachable(error: unknown): boolean {
  return error instanceof Neo4jError && UNREACHABLE.has(error.code);
}

/**
 * Turns "Neo4j is down" into the application's UnavailableError, so HTTP answers 503 and the
 * projection retries from its checkpoint; every other error (a bug, a constraint) passes as is.
 * The driver does not always say so: a connection lost mid-transaction can surface as a TypeError
 * from inside the driver ('onCompleted' of a closed stream). So an error of another kind is
 * treated as an outage too when `reachable` then finds the server gone.
 */
export async function guarded<T>(what: string, work: () => Promise<T>, reachable: () => Promise<boolean> = async () => true): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUnreachable(error) || !(await reachable().catch(() => false))) {
      throw new UnavailableError(`contact graph (neo4j) unavailable during ${what}: ${(error as Error).message}`);
    }
    throw error;
  }
}
