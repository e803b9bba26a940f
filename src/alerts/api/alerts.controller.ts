import { Controller, Get, Headers, Inject, MessageEvent, Query, Res, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { defer, map, Observable, switchMap } from 'rxjs';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { invalid } from '../../platform/errors.js';
import { markStale } from '../../platform/http/log-position.js';
import { AlertFeed } from '../application/read-model/alert-feed.js';
import { parseCursor } from './alert-cursor.js';
import { AlertStreamQueryDto } from './alert-stream-query.dto.js';
import { AlertsQueryDto, DEFAULT_PAGE } from './alerts-query.dto.js';
import { withHeartbeat } from './heartbeat.js';

/** Exposure alerts for the task force: pages by cursor, and a live stream of server-sent events. */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller('v1/alerts')
export class AlertsController {
  constructor(
    private readonly feed: AlertFeed,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles('task-force')
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
  @ApiOperation({
    summary: 'New alerts as server-sent events `exposure-alert` (id = cursor), with a `: heartbeat` comment every ALERTS_HEARTBEAT_MS (15 s)',
    description:
      'Starts at the live end (only alerts raised after connecting) unless it asks for history: ' +
      '`Last-Event-ID` (what a reconnecting EventSource sends) or `?since=<cursor>` resume after that alert, `?from=start` replays every alert first.',
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'resume after this alert (an earlier event id); wins over since and from' })
  stream(@Headers('last-event-id') lastEventId: string | undefined, @Query() query: AlertStreamQueryDto): Observable<MessageEvent> {
    const resumeAfter = parseCursor(lastEventId, 'Last-Event-ID') ?? parseCursor(query.since, 'since');
    if (query.from !== undefined && query.since !== undefined) throw invalid('from', 'give either from or since, not both');
    const start = async () => (resumeAfter !== null || query.from === 'start' ? resumeAfter : this.feed.liveEnd());
    const alerts = defer(start).pipe(
      switchMap((since) => this.feed.follow(since)),
      map((alert): MessageEvent => ({ id: alert.position, type: 'exposure-alert', data: alert })),
    );
    return withHeartbeat(alerts, this.config.alertsHeartbeatMs);
  }
}
