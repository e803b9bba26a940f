import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { Ctx } from '../../platform/http/command-context.decorator.js';
import type { CommandContext } from '../../platform/event-sourcing/command-context.js';
import { setLogPosition } from '../../platform/http/log-position.js';
import { parseInstant } from '../../platform/time/instants.js';
import { VoidReasonDto } from '../../platform/http/void-reason.dto.js';
import { RecordContactCommand } from '../application/commands/record-contact.command.js';
import { VoidContactCommand } from '../application/commands/void-contact.command.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiWrite } from '../../platform/http/openapi/api-write.decorator.js';
import { ApiIdParam } from '../../platform/http/openapi/api-properties.js';
import { ContactRecordedResponse } from './contact-recorded.response.js';
import { ContactVoidedResponse } from './contact-voided.response.js';
import { RecordContactDto } from './record-contact.dto.js';

@ApiTags('contacts')
@Controller('v1/contacts')
export class ContactsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('investigator')
  @ApiOperation({ summary: 'Record a contact found in an interview' })
  @ApiWrite(201, ContactRecordedResponse, 'recorded (or the same request again)')
  @ApiProblems(400, 404, 409, 413, 422)
  async record(@Body() body: RecordContactDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const request = { ...body, from: parseInstant(body.from), to: parseInstant(body.to), source: body.source ?? 'interview' };
    const { contactId, position } = await this.commands.execute(new RecordContactCommand(request, ctx));
    setLogPosition(res, position);
    return { contactId };
  }

  /** A correction: the recorded contact stops counting in chains and alerts from now on. */
  @Post(':contactId/void')
  @HttpCode(200)
  @Roles('investigator')
  @ApiOperation({ summary: 'Void a recorded contact (a correction, with a reason): it stops counting in chains and alerts' })
  @ApiIdParam('contactId', 'the recorded contact', 'K1')
  @ApiWrite(200, ContactVoidedResponse, 'voided (or the same void again)')
  @ApiProblems(400, 404, 409, 413)
  async void(@Param('contactId') contactId: string, @Body() body: VoidReasonDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { reason, position } = await this.commands.execute(new VoidContactCommand(contactId, body.reason, ctx));
    setLogPosition(res, position);
    return { contactId, voided: true, reason };
  }
}
