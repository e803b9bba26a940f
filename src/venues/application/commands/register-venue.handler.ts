import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { invalid } from '../../../platform/errors.js';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { resolveId } from '../../../platform/event-sourcing/resolve-id.js';
import { signQrPayload } from '../../domain/qr-payload.js';
import { registerVenue } from '../../domain/register-venue.decider.js';
import { venueStream } from '../../domain/venue-events.js';
import { QR_SECRET } from '../qr-secret.js';
import { RegisterVenueCommand } from './register-venue.command.js';

@CommandHandler(RegisterVenueCommand)
export class RegisterVenueHandler implements ICommandHandler<RegisterVenueCommand> {
  constructor(
    private readonly writer: EventStreamWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(QR_SECRET) private readonly secret: string,
  ) {}

  async execute({ details, ctx }: RegisterVenueCommand) {
    const [venueId, context] = resolveId('venue', details.venueId, ctx);
    const command = {
      ...details,
      venueId,
      defaultStayMinutes: details.defaultStayMinutes ?? this.config.rules.defaultStayMinutes,
    };
    const maxStay = this.config.rules.maxStayHours * 60;
    if (command.defaultStayMinutes > maxStay) throw invalid('defaultStayMinutes', `must be at most ${maxStay} (MAX_STAY_HOURS × 60)`);
    const { position } = await this.writer.execute(venueStream(venueId), registerVenue, command, context);
    return { venueId, qrPayload: signQrPayload(venueId, this.secret), position };
  }
}
