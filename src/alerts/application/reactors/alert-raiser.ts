import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../../libs/event-store/event-store.port.js';
import { EventStreamWriter } from '../../../platform/event-sourcing/event-stream-writer.js';
import type { CommandContext } from '../../../platform/event-sourcing/command-context.js';
import { alertStream } from '../../domain/alert-events.js';
import { alertIdOf, tripleKey } from '../../domain/alert-triple.js';
import { raiseAlert, RaisedTriples } from '../../domain/raise-alert.decider.js';
import type { CaseAlerts } from './active-case-exposures.js';

export interface Causation {
  actor: string;
  correlationId: string;
}

/**
 * Appends the alerts a case's stream does not hold yet, one triple per append, each through the
 * decider with the stream's expected revision and an idempotency key of its own: a concurrent
 * writer of the same triple (another process, a retried batch) makes the second append a no-op.
 * Triples known to be raised are remembered, so that recomputing a case costs no stream read; the
 * memory can only lag the log, which at worst costs a decide that appends nothing.
 */
@Injectable()
export class AlertRaiser {
  private readonly known = new Map<string, RaisedTriples>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly writer: EventStreamWriter,
  ) {}

  /** Returns how many alerts were appended. */
  async raise({ caseId, alerts }: CaseAlerts, cause: Causation): Promise<number> {
    const streamId = alertStream(caseId);
    let raised = 0;
    let known = await this.knownOf(caseId, streamId);
    for (const alert of alerts) {
      if (known.has(tripleKey(alert))) continue;
      const ctx: CommandContext = { ...cause, idempotencyKey: `exposure-alert:${alertIdOf(alert)}` };
      const outcome = await this.writer.execute(streamId, raiseAlert, alert, ctx);
      raised += outcome.events.length;
      known = outcome.state;
      this.known.set(caseId, known);
    }
    return raised;
  }

  private async knownOf(caseId: string, streamId: string): Promise<RaisedTriples> {
    const cached = this.known.get(caseId);
    if (cached) return cached;
    const history = await this.store.readStream(streamId);
    const state = history.reduce((s, e) => raiseAlert.evolve(s, e), raiseAlert.initialState());
    this.known.set(caseId, state);
    return state;
  }
}
