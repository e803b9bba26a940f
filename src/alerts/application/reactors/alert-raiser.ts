import { Injectable } from '@nestjs/common';
import { BatchStreamWriter, JobOutcome, StreamJob } from '../../../platform/event-sourcing/batch-stream-writer.js';
import { yieldToIo } from '../../../platform/yield-to-io.js';
import { alertedStream } from '../../domain/alert-events.js';
import { alertIdOf, raiseAlert, RaiseAlert } from '../../domain/raise-alert.decider.js';

/** Alerts per durable write: a burst of them (a recompute under load) then never holds the event loop for long. */
const CHUNK = 1000;

export interface Causation {
  actor: string;
  correlationId: string;
}

/**
 * Appends alerts to the people's `alerted-` streams. Each alert is a command of its own with an
 * idempotency key derived from its id (person and level), so its event id is fixed: the decider
 * drops an alert the stream already holds or one that brings nobody closer, the expected revision
 * catches a concurrent writer, and a concurrent duplicate that slips past both is an exact retry
 * that appends nothing. All alerts of a recompute are written together (BatchStreamWriter: one
 * durable write rather than one per alert). The closest level appended per person is remembered
 * for the reactor, whose other source (the alert feed) may not have read the appends yet.
 */
@Injectable()
export class AlertRaiser {
  private readonly closest = new Map<string, number>();

  constructor(private readonly writer: BatchStreamWriter) {}

  /** The closest level this raiser appended (or found) an alert at for the person; null when none. */
  closestRaised(personId: string): number | null {
    return this.closest.get(personId) ?? null;
  }

  /** Returns the alerts it decided on; throws, after keeping what was raised, if any append failed. */
  async raise(alerts: RaiseAlert[], cause: Causation): Promise<RaiseAlert[]> {
    const jobs: StreamJob<RaiseAlert>[] = alerts.map((alert) => ({
      streamId: alertedStream(alert.personId),
      command: alert,
      ctx: { ...cause, idempotencyKey: `exposure-alert:${alertIdOf(alert.personId, alert.level)}` },
    }));
    const outcomes: JobOutcome[] = [];
    for (let i = 0; i < jobs.length; i += CHUNK) {
      if (i > 0) await yieldToIo();
      outcomes.push(...(await this.writer.executeAll(raiseAlert, jobs.slice(i, i + CHUNK))));
    }
    jobs.forEach(({ command: { personId, level } }, i) => {
      if (outcomes[i].ok && level < (this.closest.get(personId) ?? Infinity)) this.closest.set(personId, level);
    });
    const failure = outcomes.find((o) => !o.ok);
    if (failure && !failure.ok) throw failure.error;
    return alerts;
  }
}
