import type { Session } from 'neo4j-driver';

/**
 * Constraints and indexes of the graph (see docs/neo4j-query-plan.md). Every statement is
 * idempotent, so each instance runs them all at init. The unique constraints also back the
 * MERGE-by-id that makes applying a fact twice a no-op; the composite range index on
 * (venueId, start) is what the exposure query seeks other visits at a venue with. There is
 * deliberately no index on Visit.end alone: given one, the planner may pick "every visit ending
 * after the window start" over expanding from the frontier, and read the whole province.
 */
const STATEMENTS = [
  'CREATE CONSTRAINT cg_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT cg_venue_id IF NOT EXISTS FOR (n:Venue) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT cg_check_id IF NOT EXISTS FOR (n:Check) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT cg_contact_id IF NOT EXISTS FOR (n:Contact) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT cg_test_id IF NOT EXISTS FOR (n:Test) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT cg_order_id IF NOT EXISTS FOR (n:Order) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT cg_checkpoint_name IF NOT EXISTS FOR (n:Checkpoint) REQUIRE n.name IS UNIQUE',
  'CREATE RANGE INDEX cg_visit_venue_start IF NOT EXISTS FOR (v:Visit) ON (v.venueId, v.start)',
  // Retention deletes by time: old checks and contacts are found without a scan.
  'CREATE RANGE INDEX cg_check_at IF NOT EXISTS FOR (c:Check) ON (c.at)',
  'CREATE RANGE INDEX cg_contact_to IF NOT EXISTS FOR (c:Contact) ON (c.to)',
  'CREATE RANGE INDEX cg_test_result IF NOT EXISTS FOR (t:Test) ON (t.result)',
  // The few merged persons, read at every start of the projection (null is not indexed).
  'CREATE RANGE INDEX cg_person_merged_into IF NOT EXISTS FOR (p:Person) ON (p.mergedInto)',
];

/** Two instances starting together may race to create the same rule; the loser's is already there. */
const ALREADY_THERE = /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/;

export async function ensureSchema(session: Session): Promise<void> {
  for (const statement of STATEMENTS) {
    try {
      // Schema changes cannot share a transaction with each other or with data: one auto-commit each.
      await session.run(statement);
    } catch (error) {
      if (!ALREADY_THERE.test(String((error as { code?: string }).code))) throw error;
    }
  }
  await session.run('CALL db.awaitIndexes(300)');
}
