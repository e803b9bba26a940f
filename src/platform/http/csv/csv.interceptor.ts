import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/api-key.guard.js';
import { maySeePersonDetails } from '../../auth/person-details.js';
import { APP_CONFIG } from '../../config/app-config.js';
import type { AppConfig } from '../../config/app-config.js';
import type { CsvExportSpec } from './csv-column.js';
import { CSV_EXPORT } from './csv-export.decorator.js';
import { prefersCsv } from './prefers-csv.js';
import { toCsv } from './to-csv.js';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const NEXT_CURSOR_HEADER = 'X-Next-Cursor';

/** Answers a route marked with @CsvExport as CSV when the client prefers text/csv over JSON. */
@Injectable()
export class CsvInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<CsvExportSpec | undefined>(CSV_EXPORT, context.getHandler());
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!spec || !prefersCsv(req)) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: { next?: string | null }) => {
        const csv = toCsv(spec.rows(body), spec.columns, { timeZone: this.config.timeZone, personal: maySeePersonDetails(req.caller?.role) });
        res.setHeader('Content-Type', CSV_CONTENT_TYPE);
        res.setHeader('Content-Disposition', `attachment; filename="${spec.filename}.csv"`);
        if (body.next) res.setHeader(NEXT_CURSOR_HEADER, body.next);
        return csv;
      }),
    );
  }
}
