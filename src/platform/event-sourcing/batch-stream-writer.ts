import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { AppendResult, EventStore, ExpectedRevision, NewEvent } from '../../../libs/event-store/event-store.port.js';
import { CLOCK } from '../clock.js';
import { TimeSlices, yieldToIo } from '../yield-to-io.js';
import type { Clock } from '../clock.js';
import type { CommandContext } from './command-context.js';
import type { Decider } from './domain-event.js';
import { EventStreamWriter } from './event-stream-writer.js';
import { StreamStates } from './stream-states.js';

export interface StreamJob<C> {
  streamId: string;
  command: C;
  ctx: CommandContext;
}

export type JobOutcome = { ok: true; position: bigint | null } | { ok: false; error: unknown };

interface StreamPlan<S> {
  streamId: string;
  expected: ExpectedRevision;
  events: NewEvent[];
  jobs: number[];
  /** The state after the planned events, kept for the next batch once they are written. */
  state: S;
  /** What the state was folded from: its last revision and position (null: an empty stream). */
  folded: { revision: number; position: bigint } | null;
  generation: number;
}

/**
 * Many commands at once (a gateway's batch of scans): each stream's state is brought up to date
 * once (StreamStates: only the events appended since the last batch are read), its commands are
 * decided in order against the evolving state, and the streams are appended together in a few
 * chunks, so a batch of a thousand scans costs a few durable writes instead of a thousand. A
 * stream whose append fails (a concurrent writer, a reused id) falls back to one command at a
 * time, so that every job still gets its own answer.
 */
@Injectable()
export class BatchStreamWriter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly single: EventStreamWriter,
    private readonly states: StreamStates,
  ) {}

  async executeAll<C, S>(decider: Decider<C, S>, jobs: StreamJob<C>[]): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = new Array(jobs.length);
    const plans: StreamPlan<S>[] = [];
    const now = this.clock.now();
    const groups = groupByStream(jobs);
    const loaded = await this.loadAll([...groups.keys()], decider);
    const slices = new TimeSlices();
    for (const [g, indices] of [...groups.values()].entries()) {
      await slices.pause();
      const plan = loaded[g];
      for (const i of indices) {
        try {
          const events = decider.decide(jobs[i].command, plan.state, now);
          plan.state = events.reduce((s, e) => decider.evolve(s, e), plan.state);
          if (events.length === 0) outcomes[i] = { ok: true, position: plan.folded?.position ?? null };
          else {
            plan.events.push(...this.single.envelope(events, jobs[i].ctx));
            plan.jobs.push(i);
          }
        } catch (error) {
          outcomes[i] = { ok: false, error };
        }
      }
      plans.push(plan);
    }
    const writing = plans.filter((p) => p.events.length > 0);
    const results = await this.appendAll(writing);
    for (const plan of plans.filter((p) => p.events.length === 0 && p.folded)) {
      this.states.keep(plan.streamId, decider, { ...plan.folded!, state: plan.state }, plan.generation);
    }
    for (const [p, plan] of writing.entries()) {
      const result = results[p];
      if (!(result instanceof Error)) {
        for (const i of plan.jobs) outcomes[i] = { ok: true, position: result.position };
        // An exact retry appended nothing: the stream may hold more than this state knows.
        if (result.appended) this.states.keep(plan.streamId, decider, { state: plan.state, revision: result.nextRevision, position: result.position }, plan.generation);
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

  /** The streams' states now: the kept ones with the events appended since, the others folded whole; one read for all. */
  private async loadAll<C, S>(streamIds: string[], decider: Decider<C, S>): Promise<StreamPlan<S>[]> {
    const generation = this.states.current;
    const kept = streamIds.map((streamId) => this.states.take(streamId, decider));
    const requests = streamIds.map((streamId, i) => ({ streamId, fromRevision: (kept[i]?.revision ?? -1) + 1 }));
    const newer = this.store.readStreams ? await this.store.readStreams(requests) : await Promise.all(requests.map((r) => this.store.readStream(r.streamId, r)));
    return streamIds.map((streamId, i) => {
      const state = newer[i].reduce((s, e) => decider.evolve(s, e), kept[i]?.state ?? decider.initialState());
      const last = newer[i][newer[i].length - 1];
      const folded = last ? { revision: last.revision, position: last.position } : kept[i] ? { revision: kept[i].revision, position: kept[i].position } : null;
      return { streamId, expected: folded ? folded.revision : 'no-stream', events: [], jobs: [], state, folded, generation };
    });
  }

  /**
   * Streams are appended together in chunks of about APPEND_CHUNK events, with other I/O let in
   * between: a few durable writes per batch of a thousand, none holding the service for long.
   */
  private async appendAll<S>(plans: StreamPlan<S>[]): Promise<(AppendResult | Error)[]> {
    const results: (AppendResult | Error)[] = [];
    for (const chunk of chunks(plans)) {
      if (results.length > 0) await yieldToIo();
      if (this.store.appendMany) results.push(...(await this.store.appendMany(chunk)));
      else for (const p of chunk) results.push(await this.store.append(p.streamId, p.events, p.expected).catch((e: Error) => e));
    }
    return results;
  }
}

/** Events per durable write of a batch: a quarter of the largest batch. */
const APPEND_CHUNK = 250;

function chunks<S>(plans: StreamPlan<S>[]): StreamPlan<S>[][] {
  const out: StreamPlan<S>[][] = [];
  let size = APPEND_CHUNK;
  for (const plan of plans) {
    if (size + plan.events.length > APPEND_CHUNK && size > 0) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1].push(plan);
    size += plan.events.length;
  }
  return out;
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
