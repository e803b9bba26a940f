import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { Ctx } from '../../platform/http/command-context.decorator.js';
import type { CommandContext } from '../../platform/event-sourcing/command-context.js';
import { setLogPosition } from '../../platform/http/log-position.js';
import { parseInstant } from '../../platform/time/instants.js';
import { RecordTestResultCommand } from '../application/commands/record-test-result.command.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiWrite } from '../../platform/http/openapi/api-write.decorator.js';
import { RecordTestResultDto } from './record-test-result.dto.js';
import { TestResultRecordedResponse } from './test-result-recorded.response.js';

@ApiTags('cases')
@Controller('v1/test-results')
export class TestResultsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('investigator')
  @ApiOperation({ summary: 'Record a test result; a positive one confirms a case' })
  @ApiWrite(201, TestResultRecordedResponse, 'recorded (or the same request again)')
  @ApiProblems(400, 404, 409, 413)
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
