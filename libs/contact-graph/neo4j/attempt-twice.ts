import { isRetryableError, type Session } from 'neo4j-driver';
import type { CypherRunner } from './cypher-runner.js';

/**
 * Runs `work` in one explicit transaction of `session`: committed when it returns, rolled back
 * when it throws. No retry loop of the driver's here (see attemptTwice).
 */
export async function inTransaction<T>(session: Session, work: (tx: CypherRunner) => Promise<T>): Promise<T> {
  const tx = session.beginTransaction();
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}

/**
 * The driver's managed transactions retry for up to maxTransactionRetryTime, waiting 1 s, 2 s,
 * 4 s... between attempts, also when the server is simply down: a query behind HTTP took 6-8 s to
 * answer 503. Here work is tried once, and once more only when the error is one the driver calls
 * retryable and the server still answers (a pooled connection the server had closed, a deadlock):
 * a server that is down fails at once. The projection retries a failed batch itself, with backoff.
 */
export async function attemptTwice<T>(attempt: () => Promise<T>, answers: () => Promise<boolean>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isRetryableError(error as Error) || !(await answers().catch(() => false))) throw error;
    return attempt();
  }
}
