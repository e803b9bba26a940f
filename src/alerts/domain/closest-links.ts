import type { Exposure } from '../../../libs/exposure-rules/types.js';
import { CaseLink, classificationOf, PersonClassification } from './person-classification.js';

/**
 * Folds the exposures of many cases into each person's links at the closest level seen so far,
 * keeping only the people `wanted` at that level: a province's chains hold millions of (case,
 * person) pairs, of which only those that would bring someone closer matter to the alerts.
 */
export class ClosestLinks {
  private readonly byPerson = new Map<string, CaseLink[]>();

  constructor(private readonly wanted: (personId: string, level: number) => boolean) {}

  get size(): number {
    return this.byPerson.size;
  }

  /** The farthest level anyone in the fold is at (0 when nobody is): deeper exposures cannot bring anyone in it closer. */
  get farthestLevel(): number {
    let farthest = 0;
    for (const links of this.byPerson.values()) farthest = Math.max(farthest, links[0].level);
    return farthest;
  }

  /** `knownOnly`: only for people some earlier exposure brought in (to find their other cases). */
  add(caseId: string, exposure: Exposure, knownOnly = false): void {
    const { personId, level } = exposure;
    const links = this.byPerson.get(personId);
    if (links ? level > links[0].level : knownOnly || !this.wanted(personId, level)) return;
    const link: CaseLink = { caseId, level, exposedAt: exposure.exposedAt, lastExposedAt: exposure.lastExposedAt, via: exposure.via };
    if (links && level === links[0].level) links.push(link);
    else this.byPerson.set(personId, [link]);
  }

  classifications(): PersonClassification[] {
    return [...this.byPerson].map(([personId, links]) => classificationOf(personId, links)!);
  }
}
