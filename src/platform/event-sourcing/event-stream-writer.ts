import { Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_STORE, WrongExpectedRevisionError } from '../../../libs/event-store/event-store.port.js';
import { EventIdConflictError } from '../../../libs/event-store/errors.js';
import type { EventStore, NewEvent } from '../../../libs/event-store/event-store.port.js';
import { CLOCK } from '../clock.js';
import type { Clock } from '../clock.js';
import { ConflictError } from '../errors.js';
import { deterministicUuid, newId } from '../ids.js';
import { toIso } from '../time/instants.js';
import type { CommandContext } from './command-context.js';
import type { Decider, DomainEvent } from './domain-event.js';

export interface Decided<S> {
  /** Events this command appended; empty when the stream already held its outcome. */
  events: DomainEvent[];
  /** State after the command. */
  state: S;
  /** Log position a reader must reach to see the outcome (read-your-writes). */
  position: bigint | null;
}

const MAX_ATTEMPTS = 5;

/** Load stream → decide → append with the expected revision; concurrent writers are retried, then 409. */
@Injectable()
export class EventStreamWriter {
  private readonly log = new Logger(EventStreamWriter.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute<C, S>(streamId: string, decider: Decider<C, S>, command: C, ctx: CommandContext): Promise<Decided<S>> {
    // Retention may have removed every event of a stream that still exists at some revision: the
    // store says which when an append expecting no stream fails, and the next attempt expects it.
    let emptiedAt: number | null = null;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const history = await this.store.readStream(streamId);
      const state = history.reduce((s, e) => decider.evolve(s, e), decider.initialState());
      const events = decider.decide(command, state, this.clock.now());
      const lastPosition = history.length > 0 ? history[history.length - 1].position : null;
      if (events.length === 0) return { events, state, position: lastPosition };
      const expected = history.length > 0 ? history[history.length - 1].revision : (emptiedAt ?? 'no-stream');
      try {
        const result = await this.store.append(streamId, this.envelope(events, ctx), expected);
        const after = events.reduce((s, e) => decider.evolve(s, e), state);
        return { events: result.appended ? events : [], state: after, position: result.position };
      } catch (error) {
        if (error instanceof EventIdConflictError) {
          throw new ConflictError(`this id was already used for another record (${streamId})`);
        }
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        emptiedAt = history.length === 0 && typeof error.actual === 'number' ? error.actual : null;
        this.log.debug(`${streamId}: concurrent write, attempt ${attempt} of ${MAX_ATTEMPTS}`);
      }
    }
    throw new ConflictError(`${streamId} is being changed concurrently; try again`);
  }

  envelope(events: DomainEvent[], ctx: CommandContext): NewEvent[] {
    const recordedAt = toIso(this.clock.now());
    return events.map((e, i) => {
      const eventId = ctx.idempotencyKey ? deterministicUuid(`${e.type}:${ctx.idempotencyKey}:${i}`) : newId();
      return {
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: e.data as Record<string, unknown>,
        metadata: { eventId, correlationId: ctx.correlationId, causationId: ctx.correlationId, actor: ctx.actor, recordedAt },
      };
    });
  }
}
