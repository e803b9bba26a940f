import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';
import type { VenueDetails } from '../../domain/venue-events.js';

export class RegisterVenueCommand extends Command<WriteResult & { venueId: string; qrPayload: string }> {
  constructor(
    readonly details: Omit<VenueDetails, 'venueId' | 'defaultStayMinutes'> & { venueId?: string; defaultStayMinutes?: number },
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
