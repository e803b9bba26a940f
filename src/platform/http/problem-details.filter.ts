import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Problem, problem, PROBLEM_CONTENT_TYPE } from './problem.js';
import { toProblem } from './to-problem.js';

/** Every error leaves the service as RFC 7807 problem details; unexpected ones are logged, not leaked. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly log = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    const known = toProblem(error) ?? (error instanceof HttpException ? fromFramework(error, req) : null);
    const body = { ...(known ?? problem(500, 'an unexpected error occurred; it has been logged')), instance: req.originalUrl };
    if (body.status >= 500) this.log.error(`${req.method} ${req.originalUrl}: ${describe(error)}`, (error as Error)?.stack);
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}

/** Errors Nest and Express raise before our code runs: unknown routes, bad JSON, large bodies. */
function fromFramework(error: HttpException, req: Request): Problem {
  const status = error.getStatus();
  const message = String((error.getResponse() as { message?: unknown })?.message ?? error.message);
  if (status === 404) return problem(404, `no route ${req.method} ${req.path}`);
  if (status === 400 && /JSON/i.test(message)) return problem(400, 'the body is not valid JSON', [{ field: 'body', message: 'not valid JSON' }]);
  if (status === 413) return problem(413, 'the request body is too large', [{ field: 'body', message: 'too large' }]);
  return problem(status, message);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
