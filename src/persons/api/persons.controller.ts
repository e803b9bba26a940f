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
import { PersonDirectory } from '../application/read-model/person-directory.js';
import { MergePersonsCommand } from '../application/commands/merge-persons.command.js';
import { MergePersonsDto } from './merge-persons.dto.js';
import { PersonsMergedResponse } from './persons-merged.response.js';

@ApiTags('persons')
@Controller('v1/persons')
export class PersonsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly persons: PersonDirectory,
  ) {}

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
    await this.persons.catchUp(position);
    return presentPerson(person, this.persons.records.mergedInto(personId));
  }

  /**
   * Merges a duplicate registration into this person (PersonsMerged): from now on every fact of
   * either id counts for the kept person, and the merged id points to them.
   */
  @Post(':keptId/merge')
  @HttpCode(200)
  @Roles('investigator')
  @ApiOperation({
    summary: 'Merge a duplicate registration into this person',
    description:
      "Records PersonsMerged in the kept person's stream. From then on every fact of the merged id (check-ins, contacts, test results, " +
      'isolation orders) counts for the kept person, in visits, chains, status and alerts; a contact between the two counts for nothing. ' +
      'GET /v1/persons/{mergedId} and its status answer with `mergedInto`; writes that name the merged id later are accepted and count ' +
      'for the kept person. 409 when either id was merged into someone else already.',
  })
  @ApiIdParam('keptId', 'the person kept', 'P2')
  @ApiWrite(200, PersonsMergedResponse, 'merged (or the same merge again: nothing new is recorded)')
  @ApiProblems(400, 404, 409, 413)
  async merge(@Param('keptId') keptId: string, @Body() body: MergePersonsDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const request = { keptId, mergedId: body.mergedId, reason: body.reason ?? null };
    const { position } = await this.commands.execute(new MergePersonsCommand(request, ctx));
    setLogPosition(res, position);
    return request;
  }
}
