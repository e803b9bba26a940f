import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '../../platform/clock.js';
import type { Clock } from '../../platform/clock.js';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { invalid } from '../../platform/errors.js';
import type { CommandContext } from '../../platform/event-sourcing/command-context.js';
import { resolveId } from '../../platform/event-sourcing/resolve-id.js';
import { StreamExistence } from '../../platform/event-sourcing/stream-existence.js';
import { personStream } from '../../persons/domain/person-events.js';
import { assertRetained } from '../../retention/domain/movement-retention.js';
import { verifyQrPayload } from '../../venues/domain/qr-payload.js';
import { venueStream } from '../../venues/domain/venue-events.js';
import { QR_SECRET } from '../../venues/application/qr-secret.js';
import { checkInStream } from '../domain/check-in-events.js';
import type { RecordCheck } from '../domain/record-check.decider.js';
import type { CheckRequest } from './commands/record-check.command.js';

export interface PreparedCheck {
  checkInId: string;
  streamId: string;
  command: RecordCheck;
  ctx: CommandContext;
}

/**
 * Turns a scan as a client sends it into the command on its stream: the venue behind a QR payload,
 * known ids, a time retention still keeps, the id. Single, batch and Kafka check-ins all come here.
 */
@Injectable()
export class CheckPreparation {
  constructor(
    private readonly existence: StreamExistence,
    @Inject(QR_SECRET) private readonly secret: string,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prepare(request: CheckRequest, ctx: CommandContext): Promise<PreparedCheck> {
    const venueId = this.venueOf(request);
    await this.existence.require(personStream(request.personId), 'person', request.personId, 'personId');
    await this.existence.require(venueStream(venueId), 'venue', venueId, request.venueId ? 'venueId' : 'qrPayload');
    assertRetained('at', request.at, this.clock.now(), this.config.retentionDays);
    const [checkInId, context] = resolveId('check-in', request.checkInId, ctx);
    const command: RecordCheck = {
      checkInId,
      personId: request.personId,
      venueId,
      direction: request.direction,
      at: request.at,
      source: request.source ?? (request.qrPayload ? 'qr' : 'manual'),
    };
    return { checkInId, streamId: checkInStream(request.personId), command, ctx: context };
  }

  private venueOf(request: CheckRequest): string {
    if (request.venueId && request.qrPayload) throw invalid('qrPayload', 'give venueId or qrPayload, not both');
    if (request.venueId) return request.venueId;
    if (!request.qrPayload) throw invalid('venueId', 'venueId or qrPayload is required');
    const venueId = verifyQrPayload(request.qrPayload, this.secret);
    if (!venueId) throw invalid('qrPayload', 'is not a QR payload issued by this service');
    return venueId;
  }
}
