import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { resolveId } from '../../../platform/event-sourcing/resolve-id.js';
import { StreamExistence } from '../../../platform/event-sourcing/stream-existence.js';
import { personStream } from '../../../persons/domain/person-events.js';
import { assertRetained } from '../../../retention/domain/movement-retention.js';
import { contactStream } from '../../domain/contact-events.js';
import { recordContact } from '../../domain/record-contact.decider.js';
import { RecordContactCommand } from './record-contact.command.js';

@CommandHandler(RecordContactCommand)
export class RecordContactHandler implements ICommandHandler<RecordContactCommand> {
  constructor(
    private readonly writer: EventStreamWriter,
    private readonly existence: StreamExistence,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ request, ctx }: RecordContactCommand) {
    await this.existence.require(personStream(request.personA), 'person', request.personA, 'personA');
    await this.existence.require(personStream(request.personB), 'person', request.personB, 'personB');
    // A contact that ended before the cut-off is one the graph would drop at once.
    assertRetained('to', request.to, this.clock.now(), this.config.retentionDays);
    const [contactId, context] = resolveId('contact', request.contactId, ctx);
    const { position } = await this.writer.execute(contactStream(contactId), recordContact, { ...request, contactId }, context);
    return { contactId, position };
  }
}
