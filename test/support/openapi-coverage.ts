import type { OpenAPIObject, ResponseObject } from '@nestjs/swagger';
import { operationsOf } from './openapi-operations.js';

const PROBLEM = 'application/problem+json';

/**
 * What a client needs of every operation, one line per gap, naming the operation: a 2xx answer
 * with a schema; 401 and 403 problem details when it needs a key; a 400 when it takes input; and
 * problem details (the shared schema) on every 4xx.
 */
export function coverageGaps(document: OpenAPIObject): string[] {
  return operationsOf(document).flatMap(({ id, operation }) => {
    const responses = operation.responses as Record<string, ResponseObject>;
    const gaps: string[] = [];
    const ok = Object.entries(responses).filter(([status]) => /^2\d\d$/.test(status));
    if (!ok.some(([, r]) => Object.values(r.content ?? {}).some((media) => media.schema))) gaps.push(`${id}: no 2xx response with a schema`);
    const secured = (operation.security ?? document.security ?? []).some((requirement) => Object.keys(requirement).length > 0);
    const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
    const needed = [...(takesInput ? ['400'] : []), ...(secured ? ['401', '403'] : [])];
    for (const status of needed) if (!responses[status]) gaps.push(`${id}: no ${status} problem response`);
    for (const [status, response] of Object.entries(responses)) {
      if (!/^4\d\d$/.test(status)) continue;
      const schema = response.content?.[PROBLEM]?.schema as { $ref?: string } | undefined;
      if (schema?.$ref !== '#/components/schemas/ProblemDetails') gaps.push(`${id}: ${status} is not ${PROBLEM} with the ProblemDetails schema`);
    }
    return gaps;
  });
}
