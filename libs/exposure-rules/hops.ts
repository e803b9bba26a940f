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

/** A person's earliest hop and their last exposure (DESIGN 3, "Last exposure"). */
export interface FoundHop extends Hop {
  /** The latest end(I ∩ W) of any qualifying contact with a source of the level above. */
  lastExposedAt: number;
}

/** The earliest hop per person seen so far, by compareHops, and the latest end of any of their exposures. */
export class BestHops {
  private readonly best = new Map<string, FoundHop>();

  get(personId: string): FoundHop | undefined {
    return this.best.get(personId);
  }

  /**
   * A qualifying contact exposing `hop.personId` from `hop.exposedAt` until `lastAt`: keeps a copy
   * of `hop` if it beats the person's best (callers may reuse one object), and the later last exposure.
   */
  offer(hop: Hop, lastAt: number): void {
    const known = this.best.get(hop.personId);
    if (known === undefined || compareHops(hop, known) < 0) {
      const lastExposedAt = Math.max(lastAt, known?.lastExposedAt ?? lastAt);
      this.best.set(hop.personId, { personId: hop.personId, exposedAt: hop.exposedAt, via: { ...hop.via }, lastExposedAt });
    } else if (lastAt > known.lastExposedAt) {
      known.lastExposedAt = lastAt;
    }
  }

  /** A qualifying contact of a person already found that cannot beat their hop: only its end counts. */
  extend(personId: string, lastAt: number): void {
    const known = this.best.get(personId);
    if (known !== undefined && lastAt > known.lastExposedAt) known.lastExposedAt = lastAt;
  }

  /** By exposedAt, then personId: the order of a level in the answer. */
  sorted(): FoundHop[] {
    return [...this.best.values()].sort((a, b) => a.exposedAt - b.exposedAt || compareStrings(a.personId, b.personId));
  }
}
