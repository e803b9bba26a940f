import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CONTACT_GRAPH } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../../../libs/contact-graph/contact-graph.port.js';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { NotFoundError } from '../../../platform/errors.js';
import { ContactGraphProjection } from '../projections/contact-graph.projection.js';
import { graphAsOf } from './as-of-graph.js';
import { GetCaseExposuresQuery } from './get-case-exposures.query.js';

@QueryHandler(GetCaseExposuresQuery)
export class GetCaseExposuresHandler implements IQueryHandler<GetCaseExposuresQuery> {
  constructor(
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: ContactGraphProjection,
  ) {}

  async execute({ caseId, depth, asOf, minPosition }: GetCaseExposuresQuery) {
    const now = this.clock.now();
    if (asOf !== null && asOf < now) {
      const past = await graphAsOf(this.store, asOf, this.config.rules);
      return { answer: await this.require(past, caseId, depth, asOf), fresh: true };
    }
    const fresh = await this.projection.readYourWrites(minPosition);
    return { answer: await this.require(this.graph, caseId, depth, now), fresh };
  }

  private async require(graph: ContactGraph, caseId: string, depth: number, now: number) {
    const answer = await graph.exposures(caseId, depth, now);
    if (!answer) throw new NotFoundError('confirmed case', caseId);
    return answer;
  }
}
