import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CONTACT_GRAPH } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../../../libs/contact-graph/contact-graph.port.js';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { caseActiveSince } from '../../../cases/domain/case-activity.js';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { StreamExistence } from '../../../platform/event-sourcing/stream-existence.js';
import { personStream } from '../../../persons/domain/person-events.js';
import { POLICY_2021_07, recommendForLinks } from '../../../isolation/domain/policy.js';
import { evolveIsolation, initialIsolationState } from '../../../isolation/domain/isolation-state.js';
import { currentOrder, isolationHistory, ordersDuring, servedBy } from '../../../isolation/domain/isolation-history.js';
import { ContactGraphProjection } from '../projections/contact-graph.projection.js';
import { CaseExposureCache } from './case-exposure-cache.js';
import { CaseLink, GetPersonStatusQuery, PersonStatus } from './get-person-status.query.js';

/** Classification over all active cases: the lowest level wins, and a case is F0 itself. */
@QueryHandler(GetPersonStatusQuery)
export class GetPersonStatusHandler implements IQueryHandler<GetPersonStatusQuery> {
  constructor(
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly existence: StreamExistence,
    private readonly projection: ContactGraphProjection,
    private readonly cache: CaseExposureCache,
  ) {}

  async execute({ personId: asked, minPosition }: GetPersonStatusQuery): Promise<PersonStatus> {
    await this.existence.require(personStream(asked), 'person', asked, 'personId');
    const fresh = await this.projection.readYourWrites(minPosition);
    // A merged id answers for the human: the person it was merged into, with every id's facts.
    const personId = this.projection.resolve(asked);
    const now = this.clock.now();
    const activeCases = await this.graph.casesSince(caseActiveSince(now, this.config.caseActiveDays));
    const links: CaseLink[] = [];
    for (const c of activeCases) {
      if (c.personId === personId) {
        links.push({ caseId: c.personId, level: 0, exposedAt: c.infectiousFrom, lastExposedAt: c.infectiousFrom, via: null });
        continue;
      }
      const answer = await this.cache.exposures(c.personId, this.config.rules.maxDepth, now);
      const mine = answer?.exposures.find((e) => e.personId === personId);
      if (mine) links.push({ caseId: c.personId, level: mine.level, exposedAt: mine.exposedAt, lastExposedAt: mine.lastExposedAt, via: mine.via });
    }
    links.sort((a, b) => a.level - b.level || a.exposedAt - b.exposedAt || (a.caseId < b.caseId ? -1 : 1));
    const lowest = links[0];
    const classification = lowest ? (lowest.level === 0 ? 'F0' : (`F${lowest.level}` as const)) : 'none';
    // The orders come from the person's own streams (theirs and those merged into them), in log order.
    const history = isolationHistory((await this.personEvents(personId)).reduce(evolveIsolation, initialIsolationState()));
    const advice = recommendForLinks(POLICY_2021_07, links);
    const served = advice ? servedBy(advice, history, now) : null;
    return {
      personId: asked,
      mergedInto: personId === asked ? null : personId,
      classification,
      cases: links,
      isolation: currentOrder(history, now),
      isolationHistory: history,
      recommendation: advice && !served ? { ...advice, orders: ordersDuring(advice, history) } : null,
      servedBy: served?.orderId ?? null,
      fresh,
    };
  }

  private async personEvents(personId: string): Promise<StoredEvent[]> {
    const streams = await Promise.all([personId, ...this.projection.aliasesOf(personId)].map((id) => this.store.readStream(personStream(id))));
    return streams.flat().sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  }
}
