import { compareStrings } from './compare.js';
import type { ViaHop } from './types.js';

/** One qualifying contact from a source person: who, when, and the evidence. */
export interface Hop {
  personId: string;
  exposedAt: number;
  via: ViaHop;
}

/**
 * DESIGN's tie-break between exposures of the same person: earliest exposure, then the smaller
 * source, then co-presence before recorded contact, then venue or contact id, then the interval.
 * Total, so the chosen `via` never depends on the order the facts were read in.
 */
export function compareHops(a: Hop, b: Hop): number {
  return (
    a.exposedAt - b.exposedAt ||
    compareStrings(a.via.fromPersonId, b.via.fromPersonId) ||
    (a.via.kind === b.via.kind ? 0 : a.via.kind === 'co-presence' ? -1 : 1) ||
    compareStrings(a.via.venueId ?? a.via.contactId ?? '', b.via.venueId ?? b.via.contactId ?? '') ||
    a.via.from - b.via.from ||
    a.via.to - b.via.to
  );
}

/** The earliest hop per person seen so far, by compareHops. */
export class BestHops {
  private readonly best = new Map<string, Hop>();

  get(personId: string): Hop | undefined {
    return this.best.get(personId);
  }

  /** Keeps a copy of `hop` if it beats the person's best: callers may reuse one object. */
  offer(hop: Hop): void {
    const known = this.best.get(hop.personId);
    if (known === undefined || compareHops(hop, known) < 0) this.best.set(hop.personId, { ...hop, via: { ...hop.via } });
  }

  /** By exposedAt, then personId: the order of a level in the answer. */
  sorted(): Hop[] {
    return [...this.best.values()].sort((a, b) => a.exposedAt - b.exposedAt || compareStrings(a.personId, b.personId));
  }
}
