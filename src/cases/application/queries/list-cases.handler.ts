import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import type { SortKey } from '../../../platform/http/paging/cursor.js';
import { pageOf } from '../../../platform/http/paging/page.js';
import { PersonDirectory } from '../../../persons/application/read-model/person-directory.js';
import { ContactGraphProjection } from '../../../exposure/application/projections/contact-graph.projection.js';
import { CaseExposureCache } from '../../../exposure/application/queries/case-exposure-cache.js';
import { levelSummary } from '../../../exposure/application/queries/exposure-page.js';
import { CaseRegister, compareCases, type ConfirmedCase } from '../read-model/case-register.js';
import { CasePage, CaseRow, ListCasesQuery } from './list-cases.query.js';

const DAY_MS = 86_400_000;

/** The sort key of GET /v1/cases: newest confirmation first, then person id. */
export const CASE_KEY_SHAPE = ['number', 'string'] as const;
const keyOf = (c: ConfirmedCase): SortKey => [c.confirmedAt, c.personId];
const compareToKey = (c: ConfirmedCase, key: SortKey): number => compareCases(c, { confirmedAt: key[0] as number, personId: key[1] as string });

/**
 * Confirmed cases from the case register, filtered and paged there; only the page's cases get
 * their window end and counts from the contact graph (through the cache the status queries share).
 */
@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly register: CaseRegister,
    private readonly directory: PersonDirectory,
    private readonly projection: ContactGraphProjection,
    private readonly cache: CaseExposureCache,
  ) {}

  async execute({ request, withPersonalData, minPosition }: ListCasesQuery): Promise<CasePage> {
    const caughtUp = await Promise.all([
      this.register.catchUp(minPosition),
      this.directory.catchUp(minPosition),
      this.projection.readYourWrites(minPosition),
    ]);
    const now = this.clock.now();
    const activeSince = now - this.config.caseActiveDays * DAY_MS;
    const matching = this.register
      .all()
      .filter(
        (c) =>
          (request.status === 'all' || c.infectiousFrom >= activeSince) &&
          (request.unit === null || (this.directory.records.get(c.personId)?.unit ?? null) === request.unit) &&
          (request.since === null || c.confirmedAt >= request.since),
      );
    const page = pageOf(matching, { keyOf, compare: compareToKey }, request.after, request.limit);
    const cases: CaseRow[] = [];
    for (const c of page.items) {
      const answer = await this.cache.exposures(c.personId, request.depth, now);
      const row: CaseRow = {
        personId: c.personId,
        confirmedAt: c.confirmedAt,
        infectiousFrom: answer?.case.infectiousFrom ?? c.infectiousFrom,
        infectiousUntil: answer?.case.infectiousUntil ?? null,
        active: c.infectiousFrom >= activeSince,
        counts: answer ? levelSummary(answer.exposures, request.depth) : null,
      };
      if (withPersonalData) row.person = this.directory.records.cardOf(c.personId);
      cases.push(row);
    }
    return { cases, next: page.next, fresh: caughtUp.every(Boolean) };
  }
}
