import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { problem, PROBLEM_CONTENT_TYPE } from '../problem.js';
import { ProblemDetails } from './problem-details.response.js';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

const WHEN: Record<ProblemStatus, { description: string; detail: string }> = {
  400: { description: 'Invalid input: `errors` names every bad field. Nothing was written.', detail: 'the request has invalid fields' },
  401: { description: 'No API key, or an unknown one.', detail: 'a valid API key is required: Authorization: Bearer <key>' },
  403: { description: "The key's role may not do this.", detail: 'the role checkin-gateway may not do this; it needs one of: investigator' },
  404: { description: 'An id the request names does not exist.', detail: 'person P1 does not exist' },
  409: { description: 'The id is already used with other data. Nothing was written.', detail: 'person P1 is already registered with other data' },
  413: { description: 'The body is larger than the service accepts (2 MB).', detail: 'the request body is too large' },
  422: {
    description: 'Valid input outside a window a setting defines (`setting`, `cutoff`). Nothing was written.',
    detail: 'movement data is kept for RETENTION_DAYS (28 days): at 2021-06-01T01:00:00.000Z is before the cut-off 2021-06-12T01:00:00.000Z',
  },
  429: {
    description: 'Too many wrong keys from this address (AUTH_FAILURES_PER_MINUTE) or writes by this key (WRITES_PER_MINUTE); `Retry-After` says when to try again.',
    detail: 'this API key has made too many writes in the last minute; try again in 12 s',
  },
  503: { description: 'A store the answer needs is unavailable; try again.', detail: 'contact graph (neo4j) unavailable during exposures: connection refused' },
};

/**
 * Documents the problem details (application/problem+json, one shared schema) an operation may
 * answer, one line per operation: `@ApiProblems(400, 404, 409)`.
 */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetails),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: WHEN[status].description,
        content: {
          [PROBLEM_CONTENT_TYPE]: {
            schema: { $ref: getSchemaPath(ProblemDetails) },
            example: problem(status, WHEN[status].detail, status === 400 ? [{ field: 'personId', message: 'must match ^[A-Za-z0-9_.:-]{1,64}$' }] : undefined),
          },
        },
      }),
    ),
  );
}
