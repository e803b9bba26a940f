import { Inject, Injectable } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph, ExposureAnswer } from '../../../../libs/contact-graph/contact-graph.port.js';
import { ContactGraphProjection } from '../projections/contact-graph.projection.js';

interface Entry {
  position: bigint | null;
  at: number;
  answer: ExposureAnswer | null;
}

/** Answers change with "now" only through windows still open, so a minute-old answer is kept. */
export const FRESH_MS = 60_000;
const LIMIT = 10_000;

/**
 * A person's status looks at the chains of every active case: recomputing all of them per request
 * would cost a second on a busy outbreak. Answers are kept while the graph has not moved since.
 */
@Injectable()
export class CaseExposureCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    private readonly projection: ContactGraphProjection,
  ) {}

  async exposures(caseId: string, depth: number, now: number): Promise<ExposureAnswer | null> {
    const key = `${depth}:${caseId}`;
    const position = this.projection.position;
    const hit = this.entries.get(key);
    if (hit && hit.position === position && now >= hit.at && now - hit.at < FRESH_MS) return hit.answer;
    const answer = await this.graph.exposures(caseId, depth, now);
    if (this.entries.size >= LIMIT) this.entries.clear();
    this.entries.set(key, { position, at: now, answer });
    return answer;
  }
}
