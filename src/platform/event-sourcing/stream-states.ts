import { Injectable } from '@nestjs/common';
import type { Decider } from './domain-event.js';

/** A stream as one decider folded it, up to and including `revision`. */
export interface FoldedStream<S> {
  state: S;
  revision: number;
  /** Position of the event at `revision`: the answer of a command that appends nothing. */
  position: bigint;
}

interface Entry {
  decider: Decider<never, unknown>;
  folded: FoldedStream<unknown>;
  generation: number;
}

/** Bounds memory by the events folded into the kept states (a state grows with its stream). */
const MAX_FOLDED_EVENTS = 500_000;

/**
 * The states writers folded their streams to, so that the next command on a stream reads only
 * what was appended since (by any writer, in any process) instead of the whole stream.
 *
 * A writer takes a state out while it works on it and keeps it again only once its append
 * succeeded: two writers in flight never share one (deciders may evolve a state in place), and a
 * kept state never holds events that were not written. `clear()` (after retention deleted events)
 * also disowns the states taken before it, so none of them comes back holding deleted events.
 * The least recently kept states go first when the bound is reached.
 */
@Injectable()
export class StreamStates {
  private readonly entries = new Map<string, Entry>();
  private folded = 0;
  private generation = 0;

  /** The stream's state, which the caller now owns; undefined when none is kept for this decider. */
  take<S>(streamId: string, decider: Decider<never, S>): FoldedStream<S> | undefined {
    const entry = this.entries.get(streamId);
    if (!entry) return undefined;
    this.drop(streamId, entry);
    return entry.decider === decider && entry.generation === this.generation ? (entry.folded as FoldedStream<S>) : undefined;
  }

  /** `generation`: `current` as it was before the state was taken or read from the store. */
  keep<S>(streamId: string, decider: Decider<never, S>, folded: FoldedStream<S>, generation: number): void {
    if (generation !== this.generation) return;
    const old = this.entries.get(streamId);
    if (old) this.drop(streamId, old);
    this.entries.set(streamId, { decider, folded, generation });
    this.folded += weight(folded);
    for (const [id, entry] of this.entries) {
      if (this.folded <= MAX_FOLDED_EVENTS) break;
      this.drop(id, entry);
    }
  }

  /** The generation a writer notes before it reads a stream from the store. */
  get current(): number {
    return this.generation;
  }

  clear(): void {
    this.entries.clear();
    this.folded = 0;
    this.generation++;
  }

  private drop(streamId: string, entry: Entry): void {
    this.entries.delete(streamId);
    this.folded -= weight(entry.folded);
  }
}

const weight = (folded: FoldedStream<unknown>): number => folded.revision + 1;
