import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { Ctx } from '../../platform/http/command-context.decorator.js';
import type { CommandContext } from '../../platform/event-sourcing/command-context.js';
import { setLogPosition } from '../../platform/http/log-position.js';
import { parseInstant } from '../../platform/time/instants.js';
import { RecordTestResultCommand } from '../application/commands/record-test-result.command.js';
import { RecordTestResultDto } from './record-test-result.dto.js';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('v1/test-results')
export class TestResultsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('investigator')
  async record(@Body() body: RecordTestResultDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const request = {
      ...body,
      sampledAt: parseInstant(body.sampledAt),
      symptomOnsetAt: body.symptomOnsetAt ? parseInstant(body.symptomOnsetAt) : null,
    };
    const { position, ...answer } = await this.commands.execute(new RecordTestResultCommand(request, ctx));
    setLogPosition(res, position);
    return answer;
  }
}
