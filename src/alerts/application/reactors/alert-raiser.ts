import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../../libs/event-store/event-store.port.js';
import { BatchStreamWriter, JobOutcome, StreamJob } from '../../../platform/event-sourcing/batch-stream-writer.js';
import { yieldToIo } from '../../../platform/yield-to-io.js';
import { alertStream } from '../../domain/alert-events.js';
import { alertIdOf, tripleKey } from '../../domain/alert-triple.js';
import { raiseAlert, RaiseAlert, RaisedTriples } from '../../domain/raise-alert.decider.js';
import type { CaseAlerts } from './active-case-exposures.js';

/** Alerts per durable write: a burst of them (a recompute under load) then never holds the event loop for long. */
const CHUNK = 1000;

export interface Causation {
  actor: string;
  correlationId: string;
}

/**
 * Appends the alerts the cases' streams do not hold yet. Each triple is a command of its own with
 * an idempotency key derived from it, so its event id is the triple's: the decider drops a triple
 * already in the stream, the expected revision catches a concurrent writer, and a concurrent
 * duplicate that slips past both is an exact retry that appends nothing. All new alerts of a
 * batch are written together (BatchStreamWriter: one durable write rather than one per alert).
 * Triples known to be raised are remembered, so recomputing a case costs no stream read; the
 * memory can only lag the log, which at worst costs a decide that appends nothing.
 */
@Injectable()
export class AlertRaiser {
  private readonly known = new Map<string, RaisedTriples>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly writer: BatchStreamWriter,
  ) {}

  /** Returns the alerts it decided to raise; throws, after keeping what was raised, if any append failed. */
  async raise(cases: CaseAlerts[], cause: Causation): Promise<RaiseAlert[]> {
    const jobs: StreamJob<RaiseAlert>[] = [];
    for (const { caseId, alerts } of cases) {
      const known = await this.raisedOf(caseId);
      for (const alert of alerts.filter((a) => !known.has(tripleKey(a)))) {
        jobs.push({ streamId: alertStream(caseId), command: alert, ctx: { ...cause, idempotencyKey: `exposure-alert:${alertIdOf(alert)}` } });
      }
    }
    if (jobs.length === 0) return [];
    const outcomes: JobOutcome[] = [];
    for (let i = 0; i < jobs.length; i += CHUNK) {
      if (i > 0) await yieldToIo();
      outcomes.push(...(await this.writer.executeAll(raiseAlert, jobs.slice(i, i + CHUNK))));
    }
    jobs.forEach((job, i) => outcomes[i].ok && this.known.get(job.command.caseId)!.add(tripleKey(job.command)));
    const failure = outcomes.find((o) => !o.ok);
    if (failure && !failure.ok) throw failure.error;
    return jobs.map((j) => j.command);
  }

  /** The triples of the case's stream, as far as this raiser knows: never more than the log holds. */
  async raisedOf(caseId: string): Promise<RaisedTriples> {
    let known = this.known.get(caseId);
    if (!known) {
      const history = await this.store.readStream(alertStream(caseId));
      known = history.reduce((s, e) => raiseAlert.evolve(s, e), raiseAlert.initialState());
      this.known.set(caseId, known);
    }
    return known;
  }
}
