import { Controller, Get, Headers, MessageEvent, Query, Res, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { markStale } from '../../platform/http/log-position.js';
import { AlertFeed } from '../application/read-model/alert-feed.js';
import type { AlertMessage } from '../../../libs/messaging/alert-publisher.port.js';
import { CsvExport } from '../../platform/http/csv/csv-export.decorator.js';
import { ALERT_COLUMNS } from './alert-columns.js';
import { parseCursor } from './alert-cursor.js';
import { AlertsQueryDto, DEFAULT_PAGE } from './alerts-query.dto.js';

/** Exposure alerts for the task force: pages by cursor, and a live stream of server-sent events. */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller('v1/alerts')
export class AlertsController {
  constructor(private readonly feed: AlertFeed) {}

  @Get()
  @Roles('task-force')
  @CsvExport({ filename: 'alerts', rows: (b: { alerts: AlertMessage[] }) => b.alerts, columns: ALERT_COLUMNS })
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
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'resume after this alert (an earlier event id)' })
  stream(@Headers('last-event-id') lastEventId: string | undefined): Observable<MessageEvent> {
    const since = parseCursor(lastEventId, 'Last-Event-ID');
    return this.feed.follow(since).pipe(map((alert) => ({ id: alert.position, type: 'exposure-alert', data: alert })));
  }
}
