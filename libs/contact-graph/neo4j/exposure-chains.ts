import type { CypherRunner } from './cypher-runner.js';
import type { CaseSeed, Exposure, RulesConfig, ViaKind } from '../../exposure-rules/types.js';
import { readCheckpoint } from './checkpoint.js';
import { int } from './integers.js';
import { LEVEL_QUERY } from './level-query.js';

/**
 * Breadth first over levels, one LEVEL_QUERY per level: the rules are in the query; this loop
 * only carries the frontier and the persons already levelled (who never get a second level).
 */
export async function exposureChains(
  tx: CypherRunner,
  seed: CaseSeed,
  depth: number,
  now: number,
  cfg: RulesConfig,
): Promise<Exposure[]> {
  const { longestVisitMs } = await readCheckpoint(tx);
  const fixed = { now: int(now), minOverlapMs: int(cfg.minOverlapMinutes * 60_000), longestVisitMs: int(longestVisitMs) };
  const levelled = [seed.personId];
  const exposures: Exposure[] = [];
  let frontier = [{ personId: seed.personId, windowStart: seed.infectiousFrom }];

  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const result = await tx.run(LEVEL_QUERY, {
      ...fixed,
      levelled,
      frontier: frontier.map((f) => ({ personId: f.personId, windowStart: int(f.windowStart) })),
    });
    const found: Exposure[] = result.records.map((r) => {
      const kind = r.get('kind') as ViaKind;
      const ref = r.get('ref') as string;
      return {
        personId: r.get('personId'),
        level,
        exposedAt: r.get('exposedAt'),
        lastExposedAt: r.get('lastExposedAt'),
        via: {
          fromPersonId: r.get('source'),
          kind,
          venueId: kind === 'co-presence' ? ref : null,
          contactId: kind === 'recorded-contact' ? ref : null,
          from: r.get('viaFrom'),
          to: r.get('viaTo'),
        },
      };
    });
    exposures.push(...found);
    levelled.push(...found.map((e) => e.personId));
    frontier = found.map((e) => ({ personId: e.personId, windowStart: e.exposedAt }));
  }
  return exposures;
}
