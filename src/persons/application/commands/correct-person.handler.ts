import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { normalizePhone } from '../../../platform/phone/phone-number.js';
import { personStream, PersonDetails } from '../../domain/person-events.js';
import { correctPerson } from '../../domain/correct-person.decider.js';
import { CorrectPersonCommand } from './correct-person.command.js';

@CommandHandler(CorrectPersonCommand)
export class CorrectPersonHandler implements ICommandHandler<CorrectPersonCommand> {
  constructor(private readonly writer: EventStreamWriter) {}

  async execute({ correction, ctx }: CorrectPersonCommand) {
    // The same normal form as a registration, so correcting to the number already held changes nothing.
    const { fields } = correction;
    const normalized = fields.phone ? { ...correction, fields: { ...fields, phone: normalizePhone(fields.phone) } } : correction;
    const { state, position } = await this.writer.execute(personStream(correction.personId), correctPerson, normalized, ctx);
    // The decider refused an unknown person, so the record is there.
    return { person: state as PersonDetails, position };
  }
}
