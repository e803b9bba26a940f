import { CallHandler, ExecutionContext, HttpException, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { catchError, concatMap, defer, from, Observable, throwError } from 'rxjs';
import type { AuthenticatedRequest } from '../../platform/auth/api-key.guard.js';
import { CSV_EXPORT } from '../../platform/http/csv/csv-export.decorator.js';
import { prefersCsv } from '../../platform/http/csv/prefers-csv.js';
import { toProblem } from '../../platform/http/to-problem.js';
import { AuditRecorder } from './audit-recorder.js';
import { purposeOf } from './purpose.js';

const streamLog = new Logger('Audit');

/** Nest's mark of a server-sent events route (@Sse). */
const SSE_METADATA = '__sse__';

/**
 * Records every request to /v1 that a key may make, read or write, with its answer's status
 * (failures included), before the answer is sent: a failed audit write fails the request rather
 * than answer something the trail does not hold. Runs inside the CSV interceptor, so it sees an
 * export's rows as JSON. The ApiKeyGuard reports refusals (403) to the same recorder; requests
 * refused before a key was known (401, 429, malformed JSON) have no actor and are not recorded.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly recorder: AuditRecorder,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (context.getType() !== 'http' || !this.recorder.covers(req)) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    let purpose: string | null;
    try {
      purpose = purposeOf(req, this.exporting(context, req));
    } catch (error) {
      return defer(() => this.recorder.record(req, statusOf(error), null)).pipe(concatMap(() => throwError(() => error)));
    }
    const record = (status: number, answer?: unknown) => this.recorder.record(req, status, purpose, answer);
    if (this.reflector.get<boolean>(SSE_METADATA, context.getHandler())) return recordedOnce(next.handle(), record);
    return next.handle().pipe(
      catchError((error: unknown) => from(record(statusOf(error))).pipe(concatMap(() => throwError(() => error)))),
      concatMap(async (answer) => {
        await record(res.statusCode, answer);
        return answer;
      }),
    );
  }

  private exporting(context: ExecutionContext, req: AuthenticatedRequest): boolean {
    return this.reflector.get(CSV_EXPORT, context.getHandler()) !== undefined && prefersCsv(req);
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
