import type { CaseInfo, ContactGraph, ExposureAnswer, GraphFact, IsolationView, MergedPair } from '../contact-graph.port.js';
import { caseInfoOf } from '../case-info.js';
import { computeExposures } from '../../exposure-rules/exposures.js';
import { windowEnd } from '../../exposure-rules/windows.js';
import type { RulesConfig } from '../../exposure-rules/types.js';
import { TemporalIndex } from './temporal-index.js';
import type { LogCheckpoint, LogIdentity } from '../../event-store/log-identity.js';

/**
 * The embedded default: an in-process temporal index that runs the pure rules directly. It lives
 * in memory and is rebuilt from the log at start (its checkpoint starts empty).
 */
export class EmbeddedContactGraph implements ContactGraph {
  readonly adapter = 'embedded';
  private index: TemporalIndex;
  private at: LogCheckpoint | null = null;

  constructor(private readonly cfg: RulesConfig) {
    this.index = new TemporalIndex(cfg);
  }

  async init(): Promise<void> {}

  async close(): Promise<void> {}

  async position(): Promise<bigint | null> {
    return this.at?.position ?? null;
  }

  async checkpoint(): Promise<LogCheckpoint | null> {
    return this.at;
  }

  async apply(facts: GraphFact[], position: bigint, log?: LogIdentity): Promise<void> {
    // A batch at or before the checkpoint was applied already: applying it again would change nothing.
    if (this.at !== null && position <= this.at.position) return;
    this.index.apply(facts);
    this.at = { position, log: log ?? null };
  }

  async forgetBefore(cutoff: number): Promise<void> {
    this.index.forgetBefore(cutoff);
  }

  async clear(): Promise<void> {
    this.index = new TemporalIndex(this.cfg);
    this.at = null;
  }

  async caseOf(personId: string): Promise<CaseInfo | null> {
    return caseInfoOf(personId, [...(this.index.tests.get(personId)?.values() ?? [])], this.cfg);
  }

  async casesSince(since: number): Promise<CaseInfo[]> {
    const cases: CaseInfo[] = [];
    for (const personId of this.index.positives) {
      const info = await this.caseOf(personId);
      if (info && info.infectiousFrom >= since) cases.push(info);
    }
    return cases.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  }

  async exposures(caseId: string, depth: number, now: number): Promise<ExposureAnswer | null> {
    const info = await this.caseOf(caseId);
    if (!info) return null;
    const end = windowEnd(this.index.ordersOf(caseId), info.infectiousFrom, now, 'other');
    return {
      case: { ...info, infectiousUntil: end < now ? end : null },
      exposures: computeExposures(this.index, { personId: caseId, infectiousFrom: info.infectiousFrom }, depth, now, this.cfg),
    };
  }

  async isolationOrdersOf(personId: string): Promise<IsolationView[]> {
    return this.index.ordersOf(personId).map((o) => ({ ...o }));
  }

  async checkOwner(checkInId: string): Promise<string | null> {
    return this.index.checkOwner(checkInId);
  }

  async orderOwner(orderId: string): Promise<string | null> {
    return this.index.owners.get(orderId) ?? null;
  }

  async merges(): Promise<MergedPair[]> {
    return [...this.index.merged];
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    return { ok: true, detail: `checkpoint ${String(this.at?.position ?? null)}` };
  }
}
