import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../../libs/event-store/event-store.port.js';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import { personRecordOf } from '../../domain/person-record.js';
import { personStream } from '../../domain/person-events.js';
import { mergePersons } from '../../domain/merge-persons.decider.js';
import { PersonDirectory } from '../read-model/person-directory.js';
import { MergePersonsCommand } from './merge-persons.command.js';

/**
 * Merges are decided one at a time, after the person read model has caught up with the log: the
 * other merges of both ids are in other persons' streams, so without the queue two merges of one
 * id into two people could both pass. (One queue per process: the service runs one writer.)
 */
@CommandHandler(MergePersonsCommand)
export class MergePersonsHandler implements ICommandHandler<MergePersonsCommand> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly writer: EventStreamWriter,
    private readonly persons: PersonDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute(command: MergePersonsCommand) {
    const turn = this.queue.then(() => this.merge(command));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async merge({ request, ctx }: MergePersonsCommand) {
    const { keptId, mergedId } = request;
    await this.persons.catchUp();
    const mergedRegistered = personRecordOf(await this.store.readStream(personStream(mergedId))) !== null;
    const { records } = this.persons;
    const command = { ...request, mergedRegistered, keptMergedInto: records.mergedInto(keptId), mergedMergedInto: records.mergedInto(mergedId) };
    const { position } = await this.writer.execute(personStream(keptId), mergePersons, command, ctx);
    // The read model answers from this write on (GET of the merged id, the duplicates list).
    await this.persons.catchUp(position);
    return { position };
  }
}
