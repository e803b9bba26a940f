import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import type { WriteResult } from '../../../platform/event-sourcing/write-result.js';
import type { CheckInSource } from '../../domain/check-in-events.js';

export interface CheckRequest {
  checkInId?: string;
  personId: string;
  venueId?: string;
  qrPayload?: string;
  direction: 'in' | 'out';
  at: number;
  source?: CheckInSource;
}

export class RecordCheckCommand extends Command<WriteResult & { checkInId: string }> {
  constructor(
    readonly request: CheckRequest,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
