import { beforeAll, describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { generateOpenApiDocument } from '../../../src/openapi-document.js';
import { checkGeneratedClient } from '../../support/generated-client-check.js';

/** A client generated from /docs-json (openapi-typescript) can read every answer, typed. */
describe('a TypeScript client generated from the OpenAPI document', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await generateOpenApiDocument();
  });

  it('type-checks a read of every operation’s answer', () => {
    expect(checkGeneratedClient(document)).toEqual([]);
  });

  it('names an operation whose answer has no schema (typed never)', () => {
    const withoutSchema = structuredClone(document);
    delete (withoutSchema.paths['/v1/persons'].post!.responses[201] as { content?: unknown }).content;
    const errors = checkGeneratedClient(withoutSchema);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.startsWith('PersonsController_register: '))).toBe(true);
  });
});
