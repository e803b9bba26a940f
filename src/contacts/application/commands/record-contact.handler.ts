import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { resolveId } from '../../../platform/event-sourcing/resolve-id.js';
import { StreamExistence } from '../../../platform/event-sourcing/stream-existence.js';
import { personStream } from '../../../persons/domain/person-events.js';
import { contactStream } from '../../domain/contact-events.js';
import { recordContact } from '../../domain/record-contact.decider.js';
import { RecordContactCommand } from './record-contact.command.js';

@CommandHandler(RecordContactCommand)
export class RecordContactHandler implements ICommandHandler<RecordContactCommand> {
  constructor(
    private readonly writer: EventStreamWriter,
    private readonly existence: StreamExistence,
  ) {}

  async execute({ request, ctx }: RecordContactCommand) {
    await this.existence.require(personStream(request.personA), 'person', request.personA, 'personA');
    await this.existence.require(personStream(request.personB), 'person', request.personB, 'personB');
    const [contactId, context] = resolveId('contact', request.contactId, ctx);
    const { position } = await this.writer.execute(contactStream(contactId), recordContact, { ...request, contactId }, context);
    return { contactId, position };
  }
}
