import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CONTACT_GRAPH } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph, ExposureAnswer } from '../../../../libs/contact-graph/contact-graph.port.js';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../../libs/event-store/event-store.port.js';
import type { Exposure } from '../../../../libs/exposure-rules/types.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { NotFoundError } from '../../../platform/errors.js';
import { POLICY_2021_07, recommend } from '../../../isolation/domain/policy.js';
import { PersonDirectory } from '../../../persons/application/read-model/person-directory.js';
import { ContactGraphProjection } from '../projections/contact-graph.projection.js';
import { graphAsOf } from './as-of-graph.js';
import { exposurePage, levelSummary } from './exposure-page.js';
import { CaseExposuresResult, ExposureRow, GetCaseExposuresQuery } from './get-case-exposures.query.js';

const DAY_MS = 86_400_000;

/**
 * A page of a case's exposures. The whole answer is computed (every page computes it again: the
 * cursor holds a sort key, so the pages fit together even when the answer changed in between);
 * only the page's rows get their recommendation and, for callers who may see them, the person's
 * name, phone and unit.
 */
@QueryHandler(GetCaseExposuresQuery)
export class GetCaseExposuresHandler implements IQueryHandler<GetCaseExposuresQuery> {
  constructor(
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: ContactGraphProjection,
    private readonly directory: PersonDirectory,
  ) {}

  async execute(query: GetCaseExposuresQuery): Promise<CaseExposuresResult> {
    const { caseId, depth, asOf, minPosition } = query;
    const now = this.clock.now();
    let graph: ContactGraph = this.graph;
    let at = now;
    let answer: ExposureAnswer | null;
    let fresh = true;
    // A merged case id answers for the human: the person it was merged into (as of then, for asOf).
    if (asOf !== null && asOf < now) {
      const past = await graphAsOf(this.store, asOf, this.config.rules);
      graph = past.graph;
      at = asOf;
      answer = await graph.exposures(past.merges.resolve(caseId), depth, asOf);
    } else {
      const [graphFresh, directoryFresh] = await Promise.all([this.projection.readYourWrites(minPosition), this.directory.catchUp(minPosition)]);
      fresh = graphFresh && directoryFresh;
      // Not the cache: retention changes the graph without moving its position, and this answer must show it.
      answer = await this.graph.exposures(this.projection.resolve(caseId), depth, now);
    }
    if (!answer) throw new NotFoundError('confirmed case', caseId);
    const page = exposurePage(answer.exposures, query.page);
    const confirmed = await this.activeCases(graph, at);
    return {
      case: answer.case,
      rows: page.items.map((e) => this.row(e, confirmed, query.withPersonalData)),
      summary: levelSummary(answer.exposures, depth),
      next: page.next,
      fresh,
    };
  }

  /** DESIGN 3, "Confirmed cases in other chains": an active case is F0 whatever chain reaches them. */
  private async activeCases(graph: ContactGraph, at: number): Promise<Set<string>> {
    const cases = await graph.casesSince(at - this.config.caseActiveDays * DAY_MS);
    return new Set(cases.map((c) => c.personId));
  }

  private row(e: Exposure, confirmed: ReadonlySet<string>, withPersonalData: boolean): ExposureRow {
    const confirmedCase = confirmed.has(e.personId);
    const row: ExposureRow = {
      ...e,
      confirmedCase,
      recommendation: confirmedCase ? null : recommend(POLICY_2021_07, `F${e.level}`, e.lastExposedAt),
    };
    if (withPersonalData) row.person = this.directory.records.cardOf(e.personId);
    return row;
  }
}
