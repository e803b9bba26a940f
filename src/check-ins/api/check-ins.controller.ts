import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
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
import { CheckInBatchPipe } from './check-in-batch.pipe.js';
import type { CheckInBatchBody } from './check-in-batch.pipe.js';
import { CheckInBatchDto, CheckInDto } from './check-in.dto.js';

@ApiTags('check-ins')
@ApiBearerAuth()
@Controller('v1/check-ins')
export class CheckInsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @Roles('checkin-gateway', 'investigator')
  async checkIn(@Body() body: CheckInDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { checkInId, position } = await this.commands.execute(new RecordCheckCommand({ ...body, at: parseInstant(body.at) }, ctx));
    setLogPosition(res, position);
    return { checkInId };
  }

  @Post('batch')
  @HttpCode(207)
  @Roles('checkin-gateway', 'investigator')
  @ApiBody({ type: CheckInBatchDto })
  async checkInBatch(@Body(CheckInBatchPipe) body: CheckInBatchBody, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { results, position } = await this.commands.execute(new RecordCheckBatchCommand(body.items, ctx));
    setLogPosition(res, position);
    return { results };
  }

  /** A correction: the check event stops counting in visits, chains and alerts from now on. */
  @Post(':checkInId/void')
  @HttpCode(200)
  @Roles('investigator')
  async void(@Param('checkInId') checkInId: string, @Body() body: VoidReasonDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { personId, reason, position } = await this.commands.execute(new VoidCheckInCommand(checkInId, body.reason, ctx));
    setLogPosition(res, position);
    return { checkInId, personId, voided: true, reason };
  }
}
