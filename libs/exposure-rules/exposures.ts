import type { ContactSource } from './contact-source.js';
import { nextLevel, type LevelSource } from './level.js';
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
  let frontier: LevelSource[] = [{ personId: seed.personId, windowStart: seed.infectiousFrom }];

  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const found = nextLevel(source, frontier, levelled, now, cfg);
    for (const hop of found) {
      levelled.add(hop.personId);
      exposures.push({ personId: hop.personId, level, exposedAt: hop.exposedAt, lastExposedAt: hop.lastExposedAt, via: hop.via });
    }
    frontier = found.map((hop) => ({ personId: hop.personId, windowStart: hop.exposedAt }));
  }
  return exposures; // by level, then exposedAt, then personId, by construction
}
