import { Body, Controller, Get, Headers, HttpCode, Inject, MessageEvent, Param, Post, Query, Req, Res, Sse } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { defer, map, Observable, switchMap } from 'rxjs';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { invalid } from '../../platform/errors.js';
import type { CommandContext } from '../../platform/event-sourcing/command-context.js';
import { Ctx } from '../../platform/http/command-context.decorator.js';
import { CsvExport } from '../../platform/http/csv/csv-export.decorator.js';
import { prefersCsv } from '../../platform/http/csv/prefers-csv.js';
import { markStale, setLogPosition } from '../../platform/http/log-position.js';
import { AcknowledgeAlertCommand } from '../application/commands/acknowledge-alert.command.js';
import { AlertFeed } from '../application/read-model/alert-feed.js';
import { PersonDirectory } from '../../persons/application/read-model/person-directory.js';
import { AcknowledgeAlertDto } from './acknowledge-alert.dto.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiRead } from '../../platform/http/openapi/api-read.decorator.js';
import { ApiWrite } from '../../platform/http/openapi/api-write.decorator.js';
import { ApiIdParam } from '../../platform/http/openapi/api-properties.js';
import { AlertAcknowledgedResponse } from './alert-acknowledged.response.js';
import { parseCursor } from './alert-cursor.js';
import { AlertResponse } from './alert.response.js';
import { AlertsPageResponse } from './alerts-page.response.js';
import { AlertStreamQueryDto } from './alert-stream-query.dto.js';
import { AlertsQueryDto } from './alerts-query.dto.js';
import { ALERT_COLUMNS, type CallListRow } from './alert-columns.js';
import { withHeartbeat } from './heartbeat.js';

/**
 * Exposure alerts and their follow-up: pages by cursor, filtered (the call list is
 * `acknowledged=false`, also as CSV), acknowledgement of a call, and a live stream of server-sent events.
 */
@ApiTags('alerts')
@Controller('v1/alerts')
export class AlertsController {
  constructor(
    private readonly feed: AlertFeed,
    private readonly persons: PersonDirectory,
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles('investigator')
  @ApiOperation({ summary: 'A page of exposure alerts in log order, filtered; the unacknowledged ones are the call list (also as CSV)' })
  @ApiRead(AlertsPageResponse, 'the alerts after `since`, and where the next page starts', { readYourWrites: false, csv: true })
  @ApiProblems(400)
  @CsvExport({ filename: 'alerts', rows: (b: { alerts: CallListRow[] }) => b.alerts, columns: ALERT_COLUMNS })
  async list(@Query() query: AlertsQueryDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const since = parseCursor(query.since, 'since');
    const filter = {
      personIds: query.personId === undefined ? undefined : await this.idsOfTheHuman(query.personId),
      caseId: query.caseId,
      level: query.level,
      acknowledged: query.acknowledged === undefined ? undefined : query.acknowledged === 'true',
    };
    const { alerts, fresh } = await this.feed.page(since, query.limit ?? AlertsQueryDto.DEFAULT_LIMIT, filter);
    markStale(res, fresh);
    // Where the next page starts; unchanged after an empty page, so that polling with it is safe.
    const next = alerts.length > 0 ? alerts[alerts.length - 1].position : (query.since ?? null);
    if (!prefersCsv(req)) return { alerts, next };
    // The call list says whom to call: the CSV export adds each person's name and phone.
    markStale(res, await this.persons.catchUp());
    return { alerts: alerts.map((a): CallListRow => ({ ...a, contact: this.persons.records.cardOf(a.personId) })), next };
  }

  /** After a merge, the alerts of a person are those of every id they were registered under. */
  private async idsOfTheHuman(personId: string): Promise<string[]> {
    await this.persons.catchUp();
    const kept = this.persons.records.resolve(personId);
    return [kept, ...this.persons.records.aliasesOf(kept)];
  }

  @Post(':alertId/acknowledge')
  @HttpCode(200)
  @Roles('investigator')
  @ApiOperation({ summary: 'Record how the call that followed an alert up went; the first acknowledgement stands' })
  @ApiIdParam('alertId', 'the alert', '6f1c2d9a-8b7e-5c4d-a3f2-1e0d9c8b7a65')
  @ApiWrite(200, AlertAcknowledgedResponse, 'acknowledged (or the same acknowledgement again)')
  @ApiProblems(400, 404, 409, 413)
  async acknowledge(
    @Param('alertId') alertId: string,
    @Body() body: AcknowledgeAlertDto,
    @Ctx() ctx: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    const request = { alertId, outcome: body.outcome, note: body.note ?? null };
    const { alert, position } = await this.commands.execute(new AcknowledgeAlertCommand(request, ctx));
    setLogPosition(res, position);
    return { alertId, personId: alert.personId, acknowledgement: alert.acknowledgement };
  }

  @Sse('stream')
  @Roles('task-force')
  @ApiOperation({
    summary: 'New alerts as server-sent events `exposure-alert` (id = cursor), with a `: heartbeat` comment every ALERTS_HEARTBEAT_MS (15 s)',
    description:
      'Starts at the live end (only alerts raised after connecting) unless it asks for history: ' +
      '`Last-Event-ID` (what a reconnecting EventSource sends) or `?since=<cursor>` resume after that alert, `?from=start` replays every alert first.',
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'resume after this alert (an earlier event id); wins over since and from', schema: { type: 'string', pattern: '^\\d{1,18}$' } })
  @ApiProduces('text/event-stream')
  @ApiExtraModels(AlertResponse)
  @ApiOkResponse({
    description: `a stream of events: \`id\` the alert's position, \`event: exposure-alert\`, \`data\` an Alert (${getSchemaPath(AlertResponse)}) as JSON`,
    content: { 'text/event-stream': { schema: { type: 'string' }, example: 'id: 1042\nevent: exposure-alert\ndata: {"schemaVersion":2,"alertId":"…","caseId":"P1","caseIds":["P1","P7"],"personId":"P2","level":1,…}\n\n' } },
  })
  @ApiProblems(400)
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
