import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CONTACT_GRAPH } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph, IsolationView } from '../../../../libs/contact-graph/contact-graph.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { StreamExistence } from '../../../platform/event-sourcing/stream-existence.js';
import { personStream } from '../../../persons/domain/person-events.js';
import { POLICY_2021_07, recommend } from '../../../isolation/domain/policy.js';
import { ContactGraphProjection } from '../projections/contact-graph.projection.js';
import { CaseExposureCache } from './case-exposure-cache.js';
import { CaseLink, GetPersonStatusQuery, PersonStatus } from './get-person-status.query.js';

const DAY_MS = 86_400_000;

/** Classification over all active cases: the lowest level wins, and a case is F0 itself. */
@QueryHandler(GetPersonStatusQuery)
export class GetPersonStatusHandler implements IQueryHandler<GetPersonStatusQuery> {
  constructor(
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly existence: StreamExistence,
    private readonly projection: ContactGraphProjection,
    private readonly cache: CaseExposureCache,
  ) {}

  async execute({ personId, minPosition }: GetPersonStatusQuery): Promise<PersonStatus> {
    await this.existence.require(personStream(personId), 'person', personId, 'personId');
    const fresh = await this.projection.readYourWrites(minPosition);
    const now = this.clock.now();
    const activeCases = await this.graph.casesSince(now - this.config.caseActiveDays * DAY_MS);
    const links: CaseLink[] = [];
    for (const c of activeCases) {
      if (c.personId === personId) {
        links.push({ caseId: c.personId, level: 0, exposedAt: c.infectiousFrom, via: null });
        continue;
      }
      const answer = await this.cache.exposures(c.personId, this.config.rules.maxDepth, now);
      const mine = answer?.exposures.find((e) => e.personId === personId);
      if (mine) links.push({ caseId: c.personId, level: mine.level, exposedAt: mine.exposedAt, via: mine.via });
    }
    links.sort((a, b) => a.level - b.level || a.exposedAt - b.exposedAt || (a.caseId < b.caseId ? -1 : 1));
    const lowest = links[0];
    const classification = lowest ? (lowest.level === 0 ? 'F0' : (`F${lowest.level}` as const)) : 'none';
    return {
      personId,
      classification,
      cases: links,
      isolation: currentIsolation(await this.graph.isolationOrdersOf(personId), now),
      recommendation: lowest ? recommend(POLICY_2021_07, classification, lowest.exposedAt) : null,
      fresh,
    };
  }
}

function currentIsolation(orders: IsolationView[], now: number): IsolationView | null {
  const active = orders.filter(
    (o) => o.from <= now && (o.releasedAt === null || o.releasedAt > now) && (o.until == null || o.until > now),
  );
  return active.sort((a, b) => b.from - a.from)[0] ?? null;
}
