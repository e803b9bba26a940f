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
 */
export async function guarded<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUnreachable(error)) {
      throw new UnavailableError(`contact graph (neo4j) unavailable during ${what}: ${(error as Error).message}`);
    }
    throw error;
  }
}
