import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { AppendResult, EventStore, ExpectedRevision, NewEvent } from '../../../libs/event-store/event-store.port.js';
import { CLOCK } from '../clock.js';
import type { Clock } from '../clock.js';
import type { CommandContext } from './command-context.js';
import type { Decider } from './domain-event.js';
import { EventStreamWriter } from './event-stream-writer.js';

export interface StreamJob<C> {
  streamId: string;
  command: C;
  ctx: CommandContext;
}

export type JobOutcome = { ok: true; position: bigint | null } | { ok: false; error: unknown };

interface StreamPlan {
  streamId: string;
  expected: ExpectedRevision;
  events: NewEvent[];
  jobs: number[];
}

/**
 * Many commands at once (a gateway's batch of scans): each stream is read once, its commands are
 * decided in order against the evolving state, and all streams are appended together, so a batch
 * of a thousand scans costs one durable write instead of a thousand. A stream whose append fails
 * (a concurrent writer, a reused id) falls back to one command at a time, so that every job still
 * gets its own answer.
 */
@Injectable()
export class BatchStreamWriter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly single: EventStreamWriter,
  ) {}

  async executeAll<C, S>(decider: Decider<C, S>, jobs: StreamJob<C>[]): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = new Array(jobs.length);
    const plans: StreamPlan[] = [];
    const now = this.clock.now();
    for (const [streamId, indices] of groupByStream(jobs)) {
      const history = await this.store.readStream(streamId);
      let state = history.reduce((s, e) => decider.evolve(s, e), decider.initialState());
      const last = history[history.length - 1];
      const plan: StreamPlan = { streamId, expected: last ? last.revision : 'no-stream', events: [], jobs: [] };
      for (const i of indices) {
        try {
          const events = decider.decide(jobs[i].command, state, now);
          state = events.reduce((s, e) => decider.evolve(s, e), state);
          if (events.length === 0) outcomes[i] = { ok: true, position: last?.position ?? null };
          else {
            plan.events.push(...this.single.envelope(events, jobs[i].ctx));
            plan.jobs.push(i);
          }
        } catch (error) {
          outcomes[i] = { ok: false, error };
        }
      }
      if (plan.events.length > 0) plans.push(plan);
    }
    const results = await this.appendAll(plans);
    for (const [p, plan] of plans.entries()) {
      const result = results[p];
      if (!(result instanceof Error)) {
        for (const i of plan.jobs) outcomes[i] = { ok: true, position: result.position };
        continue;
      }
      for (const i of plan.jobs) {
        try {
          const { position } = await this.single.execute(plan.streamId, decider, jobs[i].command, jobs[i].ctx);
          outcomes[i] = { ok: true, position };
        } catch (error) {
          outcomes[i] = { ok: false, error };
        }
      }
    }
    return outcomes;
  }

  private async appendAll(plans: StreamPlan[]): Promise<(AppendResult | Error)[]> {
    if (plans.length === 0) return [];
    if (this.store.appendMany) return this.store.appendMany(plans);
    const results: (AppendResult | Error)[] = [];
    for (const p of plans) results.push(await this.store.append(p.streamId, p.events, p.expected).catch((e: Error) => e));
    return results;
  }
}

function groupByStream<C>(jobs: StreamJob<C>[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  jobs.forEach((job, i) => {
    const group = groups.get(job.streamId);
    if (group) group.push(i);
    else groups.set(job.streamId, [i]);
  });
  return groups;
}
