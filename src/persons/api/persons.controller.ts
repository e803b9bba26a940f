import { Body, Controller, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { Ctx } from '../../platform/http/command-context.decorator.js';
import type { CommandContext } from '../../platform/event-sourcing/command-context.js';
import { setLogPosition } from '../../platform/http/log-position.js';
import { RegisterPersonCommand } from '../application/commands/register-person.command.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiWrite } from '../../platform/http/openapi/api-write.decorator.js';
import { ApiIdParam } from '../../platform/http/openapi/api-properties.js';
import { presentPerson } from '../../directory/api/person.presenter.js';
import { PersonResponse } from '../../directory/api/person.response.js';
import { PersonRegisteredResponse } from './person-registered.response.js';
import { RegisterPersonDto } from './register-person.dto.js';
import { CorrectPersonDto } from './correct-person.dto.js';
import { CorrectPersonCommand } from '../application/commands/correct-person.command.js';

@ApiTags('persons')
@Controller('v1/persons')
export class PersonsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('investigator')
  @ApiOperation({ summary: 'Register a person' })
  @ApiWrite(201, PersonRegisteredResponse, 'registered (or the same request again)')
  @ApiProblems(400, 409, 413)
  async register(@Body() body: RegisterPersonDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { personId, position } = await this.commands.execute(new RegisterPersonCommand({ ...body }, ctx));
    setLogPosition(res, position);
    return { personId };
  }

  /** Corrects a person's details (PersonDetailsCorrected); answers the record as it now stands. */
  @Patch(':personId')
  @HttpCode(200)
  @Roles('investigator')
  @ApiOperation({ summary: "Correct a person's details (any field but the id; null clears an optional one)" })
  @ApiIdParam('personId', 'the person')
  @ApiWrite(200, PersonResponse, 'the record as it now stands (the same correction again records nothing)')
  @ApiProblems(400, 404, 413)
  async correct(@Param('personId') personId: string, @Body() body: CorrectPersonDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { person, position } = await this.commands.execute(new CorrectPersonCommand({ personId, fields: { ...body } }, ctx));
    setLogPosition(res, position);
    // The same record GET /v1/persons/{id} answers.
    return presentPerson(person);
  }
}
