import { Inject, Injectable } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../../../libs/contact-graph/contact-graph.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import type { RaiseAlert } from '../../domain/raise-alert.decider.js';
import { alertCandidates } from './alert-candidates.js';

const DAY_MS = 86_400_000;

export interface CaseAlerts {
  caseId: string;
  alerts: RaiseAlert[];
}

/** Every alert the contact graph calls for now: the exposures of each active case, up to ALERT_DEPTH. */
@Injectable()
export class ActiveCaseExposures {
  constructor(
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For every active case, or only those of `which` that are active. */
  async alertsAt(now: number, which: Set<string> | 'all' = 'all'): Promise<CaseAlerts[]> {
    const cases = await this.graph.casesSince(now - this.config.caseActiveDays * DAY_MS);
    const out: CaseAlerts[] = [];
    for (const { personId: caseId } of cases.filter((c) => which === 'all' || which.has(c.personId))) {
      const answer = await this.graph.exposures(caseId, this.config.alertDepth, now);
      if (answer && answer.exposures.length > 0) out.push({ caseId, alerts: alertCandidates(caseId, answer.exposures) });
    }
    return out;
  }
}
