import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherRunner } from './cypher-runner.js';
import type { IsolationView } from '../contact-graph.port.js';
import type { TestResult } from '../../exposure-rules/types.js';

const TESTS_OF = `
MATCH (p:Person {id: $personId})-[:TESTED]->(t:Test)
RETURN p.id AS personId, collect(t {.id, .sampledAt, .result, .symptomOnsetAt}) AS tests`;

/** Everyone with a positive test, with all their tests: confirming a case is caseInfoOf's job. */
const POSITIVE_PERSONS = `
MATCH (t:Test {result: 'positive'})<-[:TESTED]-(p:Person)
WITH DISTINCT p
MATCH (p)-[:TESTED]->(t:Test)
RETURN p.id AS personId, collect(t {.id, .sampledAt, .result, .symptomOnsetAt}) AS tests
ORDER BY personId`;

const ORDERS_OF = `
MATCH (p:Person {id: $personId})-[:ORDERED]->(o:Order)
RETURN p.id AS personId, o.id AS orderId, o.kind AS kind, o.from AS from, o.until AS until, o.releasedAt AS releasedAt
ORDER BY from, orderId`;

const ORDER_OWNER = `
MATCH (p:Person)-[:ORDERED]->(:Order {id: $orderId})
RETURN p.id AS personId
LIMIT 1`;

const CHECK_OWNER = `
MATCH (c:Check {id: $checkInId})
RETURN c.personId AS personId`;

interface TestRow {
  id: string;
  sampledAt: number;
  result: TestResult['result'];
  symptomOnsetAt: number | null;
}

function testsOfRecord(record: Neo4jRecord): { personId: string; tests: TestResult[] } {
  const personId = record.get('personId') as string;
  const tests = (record.get('tests') as TestRow[]).map((t) => ({
    testId: t.id,
    personId,
    sampledAt: t.sampledAt,
    result: t.result,
    symptomOnsetAt: t.symptomOnsetAt,
  }));
  return { personId, tests };
}

export async function testsOf(tx: CypherRunner, personId: string): Promise<TestResult[]> {
  const record = (await tx.run(TESTS_OF, { personId })).records[0];
  return record ? testsOfRecord(record).tests : [];
}

export async function positivePersons(tx: CypherRunner): Promise<{ personId: string; tests: TestResult[] }[]> {
  return (await tx.run(POSITIVE_PERSONS)).records.map(testsOfRecord);
}

export async function ordersOf(tx: CypherRunner, personId: string): Promise<IsolationView[]> {
  return (await tx.run(ORDERS_OF, { personId })).records.map((r) => ({
    orderId: r.get('orderId'),
    personId: r.get('personId'),
    kind: r.get('kind'),
    from: r.get('from'),
    until: r.get('until'),
    releasedAt: r.get('releasedAt'),
  }));
}

export async function orderOwner(tx: CypherRunner, orderId: string): Promise<string | null> {
  const record = (await tx.run(ORDER_OWNER, { orderId })).records[0];
  return record ? (record.get('personId') as string) : null;
}

export async function checkOwner(tx: CypherRunner, checkInId: string): Promise<string | null> {
  const record = (await tx.run(CHECK_OWNER, { checkInId })).records[0];
  return record ? (record.get('personId') as string) : null;
}
