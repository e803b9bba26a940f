import { describe, expect, it } from '@jest/globals';
import { Neo4jError } from 'neo4j-driver';
import { guarded } from '../../../libs/contact-graph/neo4j/unavailable.js';
import { UnavailableError } from '../../../src/platform/errors.js';

const failWith = (error: unknown) => async (): Promise<never> => {
  throw error;
};
const driverBug = new TypeError("Cannot read properties of null (reading 'onCompleted')");

describe('guarded Neo4j work', () => {
  it('reports a server the driver cannot reach as unavailable', async () => {
    const down = new Neo4jError('connection refused', 'ServiceUnavailable', '08000', 'error: connection exception');
    await expect(guarded('exposures', failWith(down), async () => true)).rejects.toBeInstanceOf(UnavailableError);
  });

  it('reports any other error as unavailable when the server is gone afterwards', async () => {
    await expect(guarded('exposures', failWith(driverBug), async () => false)).rejects.toBeInstanceOf(UnavailableError);
    await expect(guarded('exposures', failWith(driverBug), () => Promise.reject(new Error('timeout')))).rejects.toBeInstanceOf(UnavailableError);
  });

  it('passes an error through when the server is still there: it is a bug or a bad query, not an outage', async () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error: syntax error');
    await expect(guarded('exposures', failWith(syntax), async () => true)).rejects.toBe(syntax);
    await expect(guarded('exposures', failWith(driverBug), async () => true)).rejects.toBe(driverBug);
  });
});
