import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../../platform/auth/api-key.guard.js';
import { maySeePersonDetails } from '../../platform/auth/person-details.js';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { invalid } from '../../platform/errors.js';
import { markStale, requestedPosition } from '../../platform/http/log-position.js';
import { CsvExport } from '../../platform/http/csv/csv-export.decorator.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiRead } from '../../platform/http/openapi/api-read.decorator.js';
import { decodeCursor } from '../../platform/http/paging/cursor.js';
import { parseInstant } from '../../platform/time/instants.js';
import { CASE_KEY_SHAPE } from '../application/queries/list-cases.handler.js';
import { ListCasesQuery } from '../application/queries/list-cases.query.js';
import { CASE_COLUMNS, type CaseCsvRow } from './case-columns.js';
import { CasesPageResponse } from './cases-page.response.js';
import { presentCasePage } from './cases.presenter.js';
import { ListCasesDto } from './list-cases.dto.js';

/** The confirmed cases, newest first: investigators and the task force with names, an admin without. */
@ApiTags('cases')
@Controller('v1/cases')
export class CasesController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles('investigator', 'admin')
  @ApiOperation({ summary: 'Confirmed cases (active, or all), newest first, with their window and counts per level; names for roles that may see them' })
  @ApiRead(CasesPageResponse, 'a page of cases', { readYourWrites: true, csv: true })
  @ApiProblems(400, 503)
  @CsvExport({ filename: 'cases', rows: (b: { cases: CaseCsvRow[] }) => b.cases, columns: CASE_COLUMNS })
  async list(@Query() query: ListCasesDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response) {
    const depth = query.depth ?? 1;
    if (depth > this.config.rules.maxDepth) throw invalid('depth', `must be at most ${this.config.rules.maxDepth} (MAX_DEPTH)`);
    const request = {
      status: query.status ?? 'active',
      unit: query.unit ?? null,
      since: query.since ? parseInstant(query.since) : null,
      depth,
      limit: query.limit ?? ListCasesDto.DEFAULT_LIMIT,
      after: decodeCursor(query.cursor, 'cursor', CASE_KEY_SHAPE),
    };
    const page = await this.queries.execute(new ListCasesQuery(request, maySeePersonDetails(req.caller?.role), requestedPosition(req)));
    markStale(res, page.fresh);
    return presentCasePage(page);
  }
}
