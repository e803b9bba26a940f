import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthenticatedRequest } from '../../platform/auth/api-key.guard.js';
import { maySeePersonDetails } from '../../platform/auth/person-details.js';
import { decodeCursor } from '../../platform/http/paging/cursor.js';
import { EXPOSURE_KEY_SHAPE } from '../application/queries/exposure-page.js';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { invalid } from '../../platform/errors.js';
import { markStale, requestedPosition } from '../../platform/http/log-position.js';
import { parseInstant } from '../../platform/time/instants.js';
import { GetCaseExposuresQuery } from '../application/queries/get-case-exposures.query.js';
import { GetPersonStatusQuery } from '../application/queries/get-person-status.query.js';
import { CsvExport } from '../../platform/http/csv/csv-export.decorator.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiRead } from '../../platform/http/openapi/api-read.decorator.js';
import { ApiIdParam } from '../../platform/http/openapi/api-properties.js';
import { CaseExposuresResponse } from './case-exposures.response.js';
import { EXPOSURE_COLUMNS, type ExposureCsvRow } from './exposure-columns.js';
import { ExposureQueryDto } from './exposure-query.dto.js';
import { presentExposurePage, presentStatus } from './exposure.presenter.js';
import { PersonStatusResponse } from './person-status.response.js';

@ApiTags('exposure')
@Controller('v1')
export class ExposureController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Investigators and the task force see names and phones; an admin reads the rows without them. */
  @Get('cases/:personId/exposures')
  @Roles('investigator', 'admin')
  @ApiOperation({ summary: "A confirmed case's exposure chain (F1, F2, …) and why each person is in it" })
  @ApiIdParam('personId', 'the confirmed case')
  @ApiRead(CaseExposuresResponse, 'the case, its window and its exposures', { readYourWrites: true, csv: true })
  @ApiProblems(400, 404, 503)
  @CsvExport({ filename: 'exposures', rows: (b: { exposures: ExposureCsvRow[] }) => b.exposures, columns: EXPOSURE_COLUMNS })
  async exposures(
    @Param('personId') personId: string,
    @Query() query: ExposureQueryDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const max = this.config.rules.maxDepth;
    const depth = query.depth ?? Math.min(3, max);
    if (depth > max) throw invalid('depth', `must be at most ${max} (MAX_DEPTH)`);
    if (query.level !== undefined && query.level > depth) throw invalid('level', `must be at most the depth asked for (${depth})`);
    const asOf = query.asOf ? parseInstant(query.asOf) : null;
    const page = {
      level: query.level ?? null,
      limit: query.limit ?? ExposureQueryDto.DEFAULT_LIMIT,
      after: decodeCursor(query.cursor, 'cursor', EXPOSURE_KEY_SHAPE),
    };
    const withPersonalData = maySeePersonDetails(req.caller?.role);
    const result = await this.queries.execute(new GetCaseExposuresQuery(personId, depth, asOf, requestedPosition(req), page, withPersonalData));
    markStale(res, result.fresh);
    return presentExposurePage(result);
  }

  @Get('persons/:personId/status')
  @Roles('investigator')
  @ApiOperation({ summary: "A person's classification, cases, isolation and recommendation" })
  @ApiIdParam('personId', 'the person', 'P2')
  @ApiRead(PersonStatusResponse, "the person's status", { readYourWrites: true })
  @ApiProblems(400, 404, 503)
  async status(@Param('personId') personId: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const status = await this.queries.execute(new GetPersonStatusQuery(personId, requestedPosition(req)));
    markStale(res, status.fresh);
    return presentStatus(status);
  }
}
