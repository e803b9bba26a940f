import type { ViaHop } from '../../../libs/exposure-rules/types.js';

/** A person's link to one active case at the level that case's chains reach them (epoch ms). */
export interface CaseLink {
  caseId: string;
  level: number;
  exposedAt: number;
  lastExposedAt: number;
  via: ViaHop;
}

/**
 * A person's classification over the active cases that reach them (DESIGN 3): the closest level,
 * every case at that level, the earliest exposure among them with its `via` hop (ties: the smaller
 * case id, as the status answers), and the latest last exposure, which the isolation period counts from.
 */
export interface PersonClassification {
  personId: string;
  level: number;
  /** Earliest exposure first: the first is the case `via` leads to. */
  caseIds: string[];
  exposedAt: number;
  lastExposedAt: number;
  via: ViaHop;
}

/** Null when no link reaches the person. */
export function classificationOf(personId: string, links: readonly CaseLink[]): PersonClassification | null {
  if (links.length === 0) return null;
  const level = Math.min(...links.map((l) => l.level));
  const closest = links
    .filter((l) => l.level === level)
    .sort((a, b) => a.exposedAt - b.exposedAt || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  return {
    personId,
    level,
    caseIds: closest.map((l) => l.caseId),
    exposedAt: closest[0].exposedAt,
    lastExposedAt: Math.max(...closest.map((l) => l.lastExposedAt)),
    via: closest[0].via,
  };
}
