import type { Session } from 'neo4j-driver';

/**
 * Deletes the checkpoint first, so that a clear interrupted half way reads as "nothing applied"
 * and the rebuild replays the whole log over the leftovers (the writes are idempotent). The facts
 * go in batches of their own transactions: a province does not fit in one, nor do 10,000 persons
 * with all their relationships fit the server's default transaction memory.
 */
const DROP_CHECKPOINT = 'MATCH (k:Checkpoint) DETACH DELETE k';
const DROP_FACTS = `
MATCH (n:Person|Venue|Check|Visit|Contact|Test|Order)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`;

export async function clearGraph(session: Session): Promise<void> {
  await session.run(DROP_CHECKPOINT);
  await session.run(DROP_FACTS);
}
