import { HttpException } from '@nestjs/common';
import { ConflictError, InvalidInputError, NotFoundError, OutsideWindowError, UnavailableError } from '../errors.js';
import { toIso } from '../time/instants.js';
import { Problem, problem } from './problem.js';

/** The problem details of an error; null for an unexpected one (a 500 the caller must log). */
export function toProblem(error: unknown): Problem | null {
  if (error instanceof InvalidInputError) return problem(400, 'the request has invalid fields', error.errors);
  if (error instanceof NotFoundError) {
    const errors = error.field ? [{ field: error.field, message: `${error.resource} ${error.id} does not exist` }] : undefined;
    return problem(404, error.message, errors);
  }
  if (error instanceof ConflictError) return problem(409, error.message);
  if (error instanceof OutsideWindowError) {
    return { ...problem(422, error.message, error.errors), setting: error.setting, cutoff: toIso(error.cutoff) };
  }
  if (error instanceof UnavailableError) return problem(503, error.message);
  if (error instanceof HttpException) {
    const response = error.getResponse();
    if (typeof response === 'object' && response !== null && 'detail' in response) return response as Problem;
  }
  return null;
}
