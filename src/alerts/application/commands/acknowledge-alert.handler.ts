import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../platform/errors.js';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { acknowledgeAlert } from '../../domain/acknowledge-alert.decider.js';
import { alertedStream } from '../../domain/alert-events.js';
import { AlertFeed } from '../read-model/alert-feed.js';
import { AcknowledgeAlertCommand } from './acknowledge-alert.command.js';

/**
 * Records the outcome of the call an alert asked for, in the person's `alerted-` stream. The
 * event id derives from the alert id, so two concurrent acknowledgements of one alert cannot both
 * land: the same one again appends nothing, another one is a 409.
 */
@CommandHandler(AcknowledgeAlertCommand)
export class AcknowledgeAlertHandler implements ICommandHandler<AcknowledgeAlertCommand> {
  constructor(
    private readonly writer: EventStreamWriter,
    private readonly feed: AlertFeed,
  ) {}

  async execute({ request, ctx }: AcknowledgeAlertCommand) {
    const alert = await this.feed.find(request.alertId);
    if (!alert) throw new NotFoundError('alert', request.alertId);
    const context = { ...ctx, idempotencyKey: `alert-acknowledged:${request.alertId}` };
    const { position } = await this.writer.execute(alertedStream(alert.personId), acknowledgeAlert, request, context);
    return { alert: (await this.feed.find(request.alertId, position))!, position };
  }
}
