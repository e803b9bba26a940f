import { Inject, Injectable } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { CaseInfo, ContactGraph } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { Exposure } from '../../../../libs/exposure-rules/types.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { caseActiveSince } from '../../../cases/domain/case-activity.js';
import { yieldToIo } from '../../../platform/yield-to-io.js';
import { alertToRaise, bringsCloser } from '../../domain/alert-decision.js';
import { ClosestLinks } from '../../domain/closest-links.js';
import type { PersonClassification } from '../../domain/person-classification.js';

/** The closest level a person has been alerted at, as far as the caller knows; null when never. */
export type ClosestAlerted = (personId: string) => number | null;

/** Which cases' chains may have changed: every active case, or the cases of a batch of results alone. */
export type CasesToRecompute = Set<string> | 'all';

/** The people the contact graph says are due an alert now, up to ALERT_DEPTH, with their classification. */
@Injectable()
export class AlertsDue {
  constructor(
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The chains of the cases in `which` are followed; the people they bring closer than their
   * closest alert are then looked up in every other active case too, only as deep as they are, so
   * that the alert names every case at that level (and a closer level elsewhere wins). Each case's
   * search takes its own turn of the event loop, so that requests are served in between.
   */
  async at(now: number, which: CasesToRecompute, closestAlerted: ClosestAlerted): Promise<PersonClassification[]> {
    const cases = await this.graph.casesSince(caseActiveSince(now, this.config.caseActiveDays));
    const isCase = new Set(cases.map((c) => c.personId));
    const links = new ClosestLinks((personId, level) => !isCase.has(personId) && bringsCloser(level, closestAlerted(personId)));
    const changed = (c: CaseInfo) => which === 'all' || which.has(c.personId);
    await this.follow(cases.filter(changed), this.config.alertDepth, now, (caseId, e) => links.add(caseId, e));
    if (which !== 'all' && links.size > 0) {
      await this.follow(cases.filter((c) => !changed(c)), links.farthestLevel, now, (caseId, e) => links.add(caseId, e, true));
    }
    const alertDepth = this.config.alertDepth;
    return links
      .classifications()
      .map((c) => alertToRaise(c, closestAlerted(c.personId), { alertDepth, isCase: isCase.has(c.personId) }))
      .filter((c): c is PersonClassification => c !== null);
  }

  /** Levels up to `depth` are the same whatever depth is asked: a search goes level by level. */
  private async follow(cases: CaseInfo[], depth: number, now: number, add: (caseId: string, exposure: Exposure) => void): Promise<void> {
    for (const { personId: caseId } of cases) {
      await yieldToIo();
      const answer = await this.graph.exposures(caseId, depth, now);
      for (const exposure of answer?.exposures ?? []) add(caseId, exposure);
    }
  }
}
