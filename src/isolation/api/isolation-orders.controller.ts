import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrderIsolationBatchCommand } from '../application/commands/order-isolation-batch.command.js';
import type { Response } from 'express';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { Ctx } from '../../platform/http/command-context.decorator.js';
import type { CommandContext } from '../../platform/event-sourcing/command-context.js';
import { setLogPosition } from '../../platform/http/log-position.js';
import { parseInstant } from '../../platform/time/instants.js';
import { OrderIsolationCommand } from '../application/commands/order-isolation.command.js';
import { ReleaseIsolationCommand } from '../application/commands/release-isolation.command.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiWrite } from '../../platform/http/openapi/api-write.decorator.js';
import { ApiIdParam } from '../../platform/http/openapi/api-properties.js';
import { OrderIsolationBatchDto, OrderIsolationDto, ReleaseIsolationDto } from './isolation.dto.js';
import { IsolationOrderedResponse } from './isolation-ordered.response.js';
import { IsolationReleasedResponse } from './isolation-released.response.js';
import { IsolationBatchResponse } from './isolation-batch.response.js';

@ApiTags('isolation')
@Controller('v1/isolation-orders')
export class IsolationOrdersController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('task-force')
  @ApiOperation({ summary: 'Order a person into isolation' })
  @ApiWrite(201, IsolationOrderedResponse, 'ordered (or the same request again)')
  @ApiProblems(400, 404, 409, 413)
  async order(@Body() body: OrderIsolationDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const request = { ...body, from: parseInstant(body.from), until: body.until ? parseInstant(body.until) : null };
    const { orderId, position } = await this.commands.execute(new OrderIsolationCommand(request, ctx));
    setLogPosition(res, position);
    return { orderId };
  }

  /** Orders for many people at once: 207 with each item's status (201, 400, 404, 409) and problem. */
  @Post('batch')
  @HttpCode(207)
  @Roles('task-force')
  @ApiOperation({ summary: 'Order many people into isolation at once (e.g. a case’s F1 page); each item answers for itself' })
  @ApiWrite(207, IsolationBatchResponse, 'one result per item: 201, or the problem of a refused item; item ids default to `<Idempotency-Key>:<index>`')
  @ApiProblems(400, 413)
  async orderBatch(@Body() body: OrderIsolationBatchDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { results, position } = await this.commands.execute(new OrderIsolationBatchCommand(body.items, ctx));
    setLogPosition(res, position);
    return { results };
  }

  @Post(':orderId/release')
  @HttpCode(200)
  @Roles('task-force')
  @ApiOperation({ summary: 'Release a person from an isolation order' })
  @ApiIdParam('orderId', 'the isolation order', 'O1')
  @ApiWrite(200, IsolationReleasedResponse, 'released (or the same request again)')
  @ApiProblems(400, 404, 409, 413)
  async release(
    @Param('orderId') orderId: string,
    @Body() body: ReleaseIsolationDto,
    @Ctx() ctx: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { personId, position } = await this.commands.execute(new ReleaseIsolationCommand(orderId, parseInstant(body.at), ctx));
    setLogPosition(res, position);
    return { orderId, personId, releasedAt: new Date(parseInstant(body.at)).toISOString() };
  }
}
