import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { contactStream } from '../../domain/contact-events.js';
import { voidContact } from '../../domain/void-contact.decider.js';
import { VoidContactCommand } from './void-contact.command.js';

@CommandHandler(VoidContactCommand)
export class VoidContactHandler implements ICommandHandler<VoidContactCommand> {
  constructor(private readonly writer: EventStreamWriter) {}

  async execute({ contactId, reason, ctx }: VoidContactCommand) {
    const context = { ...ctx, idempotencyKey: `contact-void:${contactId}` };
    const { position } = await this.writer.execute(contactStream(contactId), voidContact, { contactId, reason }, context);
    return { contactId, reason, position };
  }
}
