import { Inject, Injectable } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../../../libs/contact-graph/contact-graph.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { caseActiveSince } from '../../../cases/domain/case-activity.js';
import { yieldToIo } from '../../../platform/yield-to-io.js';
import { tripleKey } from '../../domain/alert-triple.js';
import type { RaiseAlert } from '../../domain/raise-alert.decider.js';
import { alertCandidates } from './alert-candidates.js';

export interface CaseAlerts {
  caseId: string;
  alerts: RaiseAlert[];
}

/** The triples a case has alerted already, as far as the caller knows. */
export type RaisedOf = (caseId: string) => Promise<ReadonlySet<string>>;

const NONE_RAISED: RaisedOf = async () => new Set();

/** Every alert the contact graph calls for now: the exposures of each active case, up to ALERT_DEPTH. */
@Injectable()
export class ActiveCaseExposures {
  constructor(
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * For every active case, or only those of `which` that are active; without the exposures
   * `raised` names, which a recompute under load finds again by the hundred thousand and whose
   * alerts would only be built to be dropped. Each case's search takes its own turn of the event
   * loop, so that requests are served in between.
   */
  async alertsAt(now: number, which: Set<string> | 'all' = 'all', raised: RaisedOf = NONE_RAISED): Promise<CaseAlerts[]> {
    const cases = await this.graph.casesSince(caseActiveSince(now, this.config.caseActiveDays));
    const out: CaseAlerts[] = [];
    for (const { personId: caseId } of cases.filter((c) => which === 'all' || which.has(c.personId))) {
      await yieldToIo();
      const answer = await this.graph.exposures(caseId, this.config.alertDepth, now);
      if (!answer) continue;
      const known = await raised(caseId);
      const fresh = answer.exposures.filter((e) => !known.has(tripleKey({ caseId, personId: e.personId, level: e.level })));
      if (fresh.length > 0) out.push({ caseId, alerts: alertCandidates(caseId, fresh) });
    }
    return out;
  }
}
