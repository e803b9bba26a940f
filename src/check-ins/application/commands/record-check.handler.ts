import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { invalid } from '../../../platform/errors.js';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { resolveId } from '../../../platform/event-sourcing/resolve-id.js';
import { StreamExistence } from '../../../platform/event-sourcing/stream-existence.js';
import { personStream } from '../../../persons/domain/person-events.js';
import { verifyQrPayload } from '../../../venues/domain/qr-payload.js';
import { venueStream } from '../../../venues/domain/venue-events.js';
import { QR_SECRET } from '../../../venues/application/qr-secret.js';
import { checkInStream } from '../../domain/check-in-events.js';
import { recordCheck } from '../../domain/record-check.decider.js';
import { RecordCheckCommand } from './record-check.command.js';

@CommandHandler(RecordCheckCommand)
export class RecordCheckHandler implements ICommandHandler<RecordCheckCommand> {
  constructor(
    private readonly writer: EventStreamWriter,
    private readonly existence: StreamExistence,
    @Inject(QR_SECRET) private readonly secret: string,
  ) {}

  async execute({ request, ctx }: RecordCheckCommand) {
    const venueId = this.venueOf(request);
    await this.existence.require(personStream(request.personId), 'person', request.personId, 'personId');
    await this.existence.require(venueStream(venueId), 'venue', venueId, request.venueId ? 'venueId' : 'qrPayload');
    const [checkInId, context] = resolveId('check-in', request.checkInId, ctx);
    const command = {
      checkInId,
      personId: request.personId,
      venueId,
      direction: request.direction,
      at: request.at,
      source: request.source ?? (request.qrPayload ? 'qr' : 'manual'),
    } as const;
    const { position } = await this.writer.execute(checkInStream(request.personId), recordCheck, command, context);
    return { checkInId, position };
  }

  private venueOf(request: RecordCheckCommand['request']): string {
    if (request.venueId && request.qrPayload) throw invalid('qrPayload', 'give venueId or qrPayload, not both');
    if (request.venueId) return request.venueId;
    if (!request.qrPayload) throw invalid('venueId', 'venueId or qrPayload is required');
    const venueId = verifyQrPayload(request.qrPayload, this.secret);
    if (!venueId) throw invalid('qrPayload', 'is not a QR payload issued by this service');
    return venueId;
  }
}
