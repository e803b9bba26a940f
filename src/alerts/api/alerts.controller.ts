import { Controller, Get, Headers, MessageEvent, Query, Res, Sse } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { markStale } from '../../platform/http/log-position.js';
import { AlertFeed } from '../application/read-model/alert-feed.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiRead } from '../../platform/http/openapi/api-read.decorator.js';
import { parseCursor } from './alert-cursor.js';
import { AlertResponse } from './alert.response.js';
import { AlertsPageResponse } from './alerts-page.response.js';
import { AlertsQueryDto, DEFAULT_PAGE } from './alerts-query.dto.js';

/** Exposure alerts for the task force: pages by cursor, and a live stream of server-sent events. */
@ApiTags('alerts')
@Controller('v1/alerts')
export class AlertsController {
  constructor(private readonly feed: AlertFeed) {}

  @Get()
  @Roles('task-force')
  @ApiOperation({ summary: 'A page of exposure alerts, in log order' })
  @ApiRead(AlertsPageResponse, 'the alerts after `since`, and where the next page starts', { readYourWrites: false })
  @ApiProblems(400)
  async list(@Query() query: AlertsQueryDto, @Res({ passthrough: true }) res: Response) {
    const since = parseCursor(query.since, 'since');
    const { alerts, fresh } = await this.feed.page(since, query.limit ?? DEFAULT_PAGE);
    markStale(res, fresh);
    // Where the next page starts; unchanged after an empty page, so that polling with it is safe.
    const next = alerts.length > 0 ? alerts[alerts.length - 1].position : (query.since ?? null);
    return { alerts, next };
  }

  @Sse('stream')
  @Roles('task-force')
  @ApiOperation({ summary: 'Exposure alerts as they are raised (server-sent events)' })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'resume after this alert (an earlier event id)', schema: { type: 'string', pattern: '^\\d{1,18}$' } })
  @ApiProduces('text/event-stream')
  @ApiExtraModels(AlertResponse)
  @ApiOkResponse({
    description: `a stream of events: \`id\` the alert's position, \`event: exposure-alert\`, \`data\` an Alert (${getSchemaPath(AlertResponse)}) as JSON`,
    content: { 'text/event-stream': { schema: { type: 'string' }, example: 'id: 1042\nevent: exposure-alert\ndata: {"alertId":"…","caseId":"P1","personId":"P2","level":1}\n\n' } },
  })
  @ApiProblems(400)
  stream(@Headers('last-event-id') lastEventId: string | undefined): Observable<MessageEvent> {
    const since = parseCursor(lastEventId, 'Last-Event-ID');
    return this.feed.follow(since).pipe(map((alert) => ({ id: alert.position, type: 'exposure-alert', data: alert })));
  }
}
