import { compareStrings } from './compare.js';
import type { ContactSource } from './contact-source.js';
import { compareHops, hopsFrom, type Hop } from './hops.js';
import type { CaseSeed, Exposure, RulesConfig } from './types.js';

/**
 * The exposure chains of one confirmed case (DESIGN 3, "Levels, earliest first"), breadth first:
 * level k+1 is everyone not yet levelled who had a qualifying contact with a level-k person inside
 * that person's window, which starts at their own exposure, so chains respect time.
 */
export function computeExposures(
  source: ContactSource,
  seed: CaseSeed,
  depth: number,
  now: number,
  cfg: RulesConfig,
): Exposure[] {
  const levelled = new Set<string>([seed.personId]); // the F0 is never re-levelled
  const exposures: Exposure[] = [];
  let frontier: { personId: string; windowStart: number }[] = [
    { personId: seed.personId, windowStart: seed.infectiousFrom },
  ];

  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const earliest = new Map<string, Hop>();
    for (const src of frontier) {
      for (const hop of hopsFrom(source, src.personId, src.windowStart, now, cfg, levelled, earliest)) {
        const known = earliest.get(hop.personId);
        if (known === undefined || compareHops(hop, known) < 0) earliest.set(hop.personId, hop);
      }
    }
    const found = [...earliest.values()].sort(
      (a, b) => a.exposedAt - b.exposedAt || compareStrings(a.personId, b.personId),
    );
    for (const hop of found) {
      levelled.add(hop.personId);
      exposures.push({ personId: hop.personId, level, exposedAt: hop.exposedAt, via: hop.via });
    }
    frontier = found.map((hop) => ({ personId: hop.personId, windowStart: hop.exposedAt }));
  }
  return exposures; // by level, then exposedAt, then personId, by construction
}
