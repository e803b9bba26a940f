import { CallHandler, ExecutionContext, HttpException, Inject, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { catchError, concatMap, defer, from, Observable, throwError } from 'rxjs';
import { AUDIT_LOG, type AuditLog } from '../../../libs/audit-log/audit-log.port.js';
import type { AuthenticatedRequest, Caller } from '../../platform/auth/api-key.guard.js';
import { CLOCK, type Clock } from '../../platform/clock.js';
import { CSV_EXPORT } from '../../platform/http/csv/csv-export.decorator.js';
import { prefersCsv } from '../../platform/http/csv/prefers-csv.js';
import { toProblem } from '../../platform/http/to-problem.js';
import { peopleTouched } from './people-touched.js';
import { purposeOf } from './purpose.js';

const streamLog = new Logger('Audit');

/** Nest's mark of a server-sent events route (@Sse). */
const SSE_METADATA = '__sse__';

/**
 * Records every request to /v1 that a key authenticated, read or write, with its answer's
 * status, in the audit log, before the answer is sent: a failed audit write fails the request
 * rather than answer something the trail does not hold. Runs inside the CSV interceptor, so it
 * sees the rows of an export as JSON. Requests refused before a key was checked (no or a wrong
 * key, malformed JSON) have no actor and are not recorded here.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AUDIT_LOG) private readonly log: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caller = req.caller;
    if (context.getType() !== 'http' || !caller || !req.originalUrl.startsWith('/v1/')) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    const record = (status: number, purpose: string | null, answer?: unknown) => this.record(req, caller, status, purpose, answer);
    let purpose: string | null;
    try {
      purpose = purposeOf(req, this.exporting(context, req));
    } catch (error) {
      return defer(() => record(statusOf(error), null)).pipe(concatMap(() => throwError(() => error)));
    }
    const failed = (error: unknown) => from(record(statusOf(error), purpose)).pipe(concatMap(() => throwError(() => error)));
    if (this.reflector.get<boolean>(SSE_METADATA, context.getHandler())) return recordedOnce(next.handle(), (status) => record(status, purpose));
    return next.handle().pipe(
      catchError(failed),
      concatMap(async (answer) => {
        await record(res.statusCode, purpose, answer);
        return answer;
      }),
    );
  }

  private exporting(context: ExecutionContext, req: AuthenticatedRequest): boolean {
    return this.reflector.get(CSV_EXPORT, context.getHandler()) !== undefined && prefersCsv(req);
  }

  private async record(req: AuthenticatedRequest, caller: Caller, status: number, purpose: string | null, answer?: unknown): Promise<void> {
    const people = peopleTouched(req.params, req.query, req.body, answer);
    const route = (req.route as { path?: string } | undefined)?.path ?? req.path;
    await this.log.append({ at: this.clock.now(), actor: caller.actor, role: caller.role, purpose, method: req.method, route, status, ...people });
  }
}

/** The status an error is answered with (as the ProblemDetailsFilter answers it). */
function statusOf(error: unknown): number {
  return toProblem(error)?.status ?? (error instanceof HttpException ? error.getStatus() : 500);
}

/**
 * A stream (server-sent events) is recorded once, when it first does anything (an event, an
 * error, its end) or when the client leaves: not per event. Its events wait for the record.
 */
function recordedOnce<T>(source: Observable<T>, record: (status: number) => Promise<void>): Observable<T> {
  return new Observable<T>((subscriber) => {
    let recorded: Promise<void> | null = null;
    const after = (status: number, then: () => void) => {
      recorded ??= record(status);
      void recorded.then(then, (error: unknown) => {
        // After the client left there is no one to tell: the operator is.
        if (subscriber.closed) streamLog.error(`the audit record of a stream was not written: ${String(error)}`);
        else subscriber.error(error);
      });
    };
    const subscription = source.subscribe({
      next: (value) => after(200, () => subscriber.next(value)),
      error: (error) => after(statusOf(error), () => subscriber.error(error)),
      complete: () => after(200, () => subscriber.complete()),
    });
    return () => {
      subscription.unsubscribe();
      after(200, () => undefined);
    };
  });
}
