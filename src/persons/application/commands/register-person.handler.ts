import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { resolveId } from '../../../platform/event-sourcing/resolve-id.js';
import { normalizePhone } from '../../../platform/phone/phone-number.js';
import { personStream } from '../../domain/person-events.js';
import { registerPerson } from '../../domain/register-person.decider.js';
import { RegisterPersonCommand } from './register-person.command.js';

@CommandHandler(RegisterPersonCommand)
export class RegisterPersonHandler implements ICommandHandler<RegisterPersonCommand> {
  constructor(private readonly writer: EventStreamWriter) {}

  async execute({ details, ctx }: RegisterPersonCommand) {
    const [personId, context] = resolveId('person', details.personId, ctx);
    // The log keeps one normal form, so a retry written `0912 345 678` or `+84912345678` is the same registration.
    const phone = details.phone ? normalizePhone(details.phone) : details.phone;
    const { position } = await this.writer.execute(personStream(personId), registerPerson, { ...details, personId, phone }, context);
    return { personId, position };
  }
}
