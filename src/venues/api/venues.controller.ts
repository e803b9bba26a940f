import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import QRCode from 'qrcode';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import { NotFoundError } from '../../platform/errors.js';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { StreamExistence } from '../../platform/event-sourcing/stream-existence.js';
import { Ctx } from '../../platform/http/command-context.decorator.js';
import type { CommandContext } from '../../platform/event-sourcing/command-context.js';
import { setLogPosition } from '../../platform/http/log-position.js';
import { RegisterVenueCommand } from '../application/commands/register-venue.command.js';
import { QR_SECRET } from '../application/qr-secret.js';
import { signQrPayload } from '../domain/qr-payload.js';
import { venueStream } from '../domain/venue-events.js';
import { venueRecordOf } from '../domain/venue-record.js';
import { renderQrSheet } from './qr-sheet.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiWrite } from '../../platform/http/openapi/api-write.decorator.js';
import { ApiIdParam } from '../../platform/http/openapi/api-properties.js';
import { RegisterVenueDto } from './register-venue.dto.js';
import { VenueRegisteredResponse } from './venue-registered.response.js';

@ApiTags('venues')
@Controller('v1/venues')
export class VenuesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly existence: StreamExistence,
    @Inject(QR_SECRET) private readonly secret: string,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('investigator')
  @ApiOperation({ summary: 'Register a venue and get its QR payload' })
  @ApiWrite(201, VenueRegisteredResponse, 'registered (or the same request again)')
  @ApiProblems(400, 409, 413)
  async register(@Body() body: RegisterVenueDto, @Ctx() ctx: CommandContext, @Res({ passthrough: true }) res: Response) {
    const { venueId, qrPayload, position } = await this.commands.execute(new RegisterVenueCommand({ ...body }, ctx));
    setLogPosition(res, position);
    return { venueId, qrPayload };
  }

  @Get(':venueId/qr.svg')
  @Roles('investigator', 'admin')
  @ApiOperation({ summary: "The venue's QR code as SVG" })
  @ApiIdParam('venueId', 'the venue', 'V1')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'the QR code to print', content: { 'image/svg+xml': { schema: { type: 'string' } } } })
  @ApiProblems(400, 404)
  async qrSvg(@Param('venueId') venueId: string, @Res() res: Response) {
    const payload = await this.payloadOf(venueId);
    res.type('image/svg+xml').send(await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
  }

  @Get(':venueId/qr.png')
  @Roles('investigator', 'admin')
  @ApiOperation({ summary: "The venue's QR code as PNG" })
  @ApiIdParam('venueId', 'the venue', 'V1')
  @ApiProduces('image/png')
  @ApiOkResponse({ description: 'the QR code to print (512 px)', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 404)
  async qrPng(@Param('venueId') venueId: string, @Res() res: Response) {
    const payload = await this.payloadOf(venueId);
    res.type('image/png').send(await QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 512 }));
  }

  /** A printable A4 sign: the code with the venue's name and address under it (print it from a browser). */
  @Get(':venueId/qr-sheet.html')
  @Roles('investigator', 'admin')
  @ApiOperation({ summary: "A printable A4 sign: the venue's QR code with its name and address" })
  @ApiIdParam('venueId', 'the venue', 'V1')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'an HTML page to print from a browser', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiProblems(400, 404)
  async qrSheet(@Param('venueId') venueId: string, @Res() res: Response) {
    const venue = venueRecordOf(await this.store.readStream(venueStream(venueId)));
    if (!venue) throw new NotFoundError('venue', venueId, 'venueId');
    const svg = await QRCode.toString(signQrPayload(venueId, this.secret), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    res
      .type('text/html; charset=utf-8')
      .setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(renderQrSheet(venue, svg));
  }

  private async payloadOf(venueId: string): Promise<string> {
    await this.existence.require(venueStream(venueId), 'venue', venueId, 'venueId');
    return signQrPayload(venueId, this.secret);
  }
}
