import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { personStream, PersonDetails } from '../../domain/person-events.js';
import { correctPerson } from '../../domain/correct-person.decider.js';
import { CorrectPersonCommand } from './correct-person.command.js';

@CommandHandler(CorrectPersonCommand)
export class CorrectPersonHandler implements ICommandHandler<CorrectPersonCommand> {
  constructor(private readonly writer: EventStreamWriter) {}

  async execute({ correction, ctx }: CorrectPersonCommand) {
    const { state, position } = await this.writer.execute(personStream(correction.personId), correctPerson, correction, ctx);
    // The decider refused an unknown person, so the record is there.
    return { person: state as PersonDetails, position };
  }
}
