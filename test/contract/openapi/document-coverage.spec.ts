import { beforeAll, describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { generateOpenApiDocument } from '../../../src/openapi-document.js';
import { coverageGaps } from '../../support/openapi-coverage.js';

/** Endpoints added later are held to the same contract: each gap names its operation. */
describe('the OpenAPI document documents every operation for a client', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await generateOpenApiDocument();
  });

  it('gives every operation a 2xx schema, and problem details for its 400, 401 and 403', () => {
    expect(coverageGaps(document)).toEqual([]);
  });

  it('names the operations that lack them', () => {
    const bare: OpenAPIObject = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/v1/things/{id}': {
          get: { operationId: 'getThing', parameters: [{ name: 'id', in: 'path', required: true }], security: [{ bearer: [] }], responses: { 200: { description: '' } } },
        },
      },
    };
    expect(coverageGaps(bare)).toEqual([
      'getThing: no 2xx response with a schema',
      'getThing: no 400 problem response',
      'getThing: no 401 problem response',
      'getThing: no 403 problem response',
    ]);
  });

  it('documents the API key as a bearer API key, not a JWT', () => {
    expect(document.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'API key' });
  });

  it('documents the id pattern on path ids and date-time on instants', () => {
    const exposures = document.paths['/v1/cases/{personId}/exposures'].get!;
    const personId = exposures.parameters!.find((p) => 'name' in p && p.name === 'personId') as { schema: { pattern: string } };
    expect(personId.schema.pattern).toBe('^[A-Za-z0-9_.:-]{1,64}$');
    const window = document.components!.schemas!.CaseWindowResponse as { properties: Record<string, { format?: string }> };
    expect(window.properties.infectiousFrom.format).toBe('date-time');
  });
});
