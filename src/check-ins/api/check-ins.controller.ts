import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { Ctx } from '../../platform/http/command-context.decorator.js';
import type { CommandContext } from '../../platform/event-sourcing/command-context.js';
import { setLogPosition } from '../../platform/http/log-position.js';
import { parseInstant } from '../../platform/time/instants.js';
import { VoidReasonDto } from '../../platform/http/void-reason.dto.js';
import { RecordCheckBatchCommand } from '../application/commands/record-check-batch.command.js';
import { RecordCheckCommand } from '../application/commands/record-check.command.js';
import { VoidCheckInCommand } from '../application/commands/void-check-in.command.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiWrite } from '../../platform/http/openapi/api-write.decorator.js';
import { ApiIdParam } from '../../platform/http/openapi/api-properties.js';
import { CheckInAcceptedResponse } from './check-in-accepted.response.js';
import { CheckInBatchPipe } from './check-in-batch.pipe.js';
import { CheckInBatchResponse } from './check-in-batch.response.js';
import { CheckInVoidedResponse } from './check-in-voided.response.js';
import type { CheckInBatchBody } from './check-in-batch.pipe.js';
import { CheckInBatchDto, CheckInDto } from './check-in.dto.js';

@ApiTags('check-ins')
@Controller('v1/check-ins')
export class CheckInsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @Roles('checkin-gateway', 'investigator')
  @ApiOperation({ summary: 'Record a scan at a venue' })
  @ApiWrite(202, CheckInAcceptedResponse, 'accepted into the log (or the same scan again)')
  @ApiProblems(400, 404, 409, 413, 422)
  async checkIn(@Body() body: CheckInDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { checkInId, position } = await this.commands.execute(new RecordCheckCommand({ ...body, at: parseInstant(body.at) }, ctx));
    setLogPosition(res, position);
    return { checkInId };
  }

  @Post('batch')
  @HttpCode(207)
  @Roles('checkin-gateway', 'investigator')
  @ApiBody({ type: CheckInBatchDto })
  @ApiOperation({ summary: 'Record up to 1000 scans; each item answers for itself' })
  @ApiWrite(207, CheckInBatchResponse, 'one result per item: 202, or the problem of a refused item')
  @ApiProblems(400, 413)
  async checkInBatch(@Body(CheckInBatchPipe) body: CheckInBatchBody, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { results, position } = await this.commands.execute(new RecordCheckBatchCommand(body.items, ctx));
    setLogPosition(res, position);
    return { results };
  }

  /** A correction: the check event stops counting in visits, chains and alerts from now on. */
  @Post(':checkInId/void')
  @HttpCode(200)
  @Roles('investigator')
  @ApiOperation({ summary: 'Void a check-in (a correction, with a reason): it stops counting in visits, chains and alerts' })
  @ApiIdParam('checkInId', 'the check-in (either scan of a visit)', 'C1')
  @ApiWrite(200, CheckInVoidedResponse, 'voided (or the same void again)')
  @ApiProblems(400, 404, 409, 413, 503)
  async void(@Param('checkInId') checkInId: string, @Body() body: VoidReasonDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { personId, reason, position } = await this.commands.execute(new VoidCheckInCommand(checkInId, body.reason, ctx));
    setLogPosition(res, position);
    return { checkInId, personId, voided: true, reason };
  }
}
