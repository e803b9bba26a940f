import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import type { AuthenticatedRequest } from '../../platform/auth/api-key.guard.js';
import { maySeePersonDetails } from '../../platform/auth/person-details.js';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { NotFoundError } from '../../platform/errors.js';
import { CsvExport } from '../../platform/http/csv/csv-export.decorator.js';
import { markStale } from '../../platform/http/log-position.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiIdParam } from '../../platform/http/openapi/api-properties.js';
import { ApiRead } from '../../platform/http/openapi/api-read.decorator.js';
import { decodeCursor } from '../../platform/http/paging/cursor.js';
import { pageOf } from '../../platform/http/paging/page.js';
import { PersonDirectory } from '../../persons/application/read-model/person-directory.js';
import { venueStream } from '../../venues/domain/venue-events.js';
import { venueRecordOf } from '../../venues/domain/venue-record.js';
import { DirectoryProjection } from '../application/read-model/directory.projection.js';
import { VENUE_KEY_SHAPE } from '../application/read-model/venue-directory.js';
import { VisitReader } from '../application/visits/visit-reader.js';
import { VenueSearchDto, VisitsQueryDto } from './directory-queries.dto.js';
import { presentPerson } from './person.presenter.js';
import { searchWords, timeRange } from './query-parts.js';
import { presentVenue, VENUE_COLUMNS, type VenueView } from './venue.presenter.js';
import { VenueResponse } from './venue.response.js';
import { VenuesPageResponse } from './venues-page.response.js';
import { VenueVisitsResponse } from './venue-visits.response.js';
import { presentVisit, venueVisitKey, VISIT_COLUMNS, VISIT_KEY_SHAPE, type VisitView } from './visit.presenter.js';

type VenueVisitView = VisitView & { fullName?: string | null; phone?: string | null };

/**
 * Venues, and who was at one when. Venues hold no personal data, so an auditor may read them too;
 * the names and phones of the people at a venue only go to roles that may see person details.
 */
@ApiTags('venues')
@Controller('v1/venues')
export class VenuesDirectoryController {
  constructor(
    private readonly directory: DirectoryProjection,
    private readonly persons: PersonDirectory,
    private readonly visits: VisitReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Roles('investigator', 'admin', 'auditor')
  @ApiOperation({ summary: 'Venues, by name; `q` finds them by words of the name or address' })
  @ApiRead(VenuesPageResponse, 'a page of venues, by name', { readYourWrites: false, csv: true })
  @ApiProblems(400)
  @CsvExport({ filename: 'venues', rows: (b: { venues: VenueView[] }) => b.venues, columns: VENUE_COLUMNS })
  async list(@Query() query: VenueSearchDto, @Res({ passthrough: true }) res: Response) {
    const words = searchWords(query.q);
    const after = decodeCursor(query.cursor, 'cursor', VENUE_KEY_SHAPE);
    markStale(res, await this.directory.catchUp());
    const page = this.directory.venues.find(words, after, query.limit ?? VenueSearchDto.DEFAULT_LIMIT);
    return { venues: page.items.map(presentVenue), next: page.next };
  }

  @Get(':venueId')
  @Roles('investigator', 'admin', 'auditor')
  @ApiOperation({ summary: "A venue's record" })
  @ApiIdParam('venueId', 'the venue', 'V1')
  @ApiOkResponse({ type: VenueResponse, description: 'the venue' })
  @ApiProblems(400, 404)
  async details(@Param('venueId') venueId: string) {
    return presentVenue(await this.venueOf(venueId));
  }

  @Get(':venueId/visits')
  @Roles('investigator', 'admin', 'auditor')
  @ApiOperation({ summary: 'Who was at a venue when: the visits, with names and phones for roles that may see person details' })
  @ApiIdParam('venueId', 'the venue', 'V1')
  @ApiRead(VenueVisitsResponse, 'a page of visits overlapping `from`..`to`', { readYourWrites: false, csv: true })
  @ApiProblems(400, 404)
  @CsvExport<{ visits: VenueVisitView[] }, VenueVisitView>({
    filename: 'venue-visits',
    rows: (b) => b.visits,
    columns: [
      { header: 'venueId', value: (v) => v.venueId },
      { header: 'personId', value: (v) => v.personId },
      { header: 'fullName', value: (v) => v.fullName, text: true, personal: true },
      { header: 'phone', value: (v) => v.phone, personal: true },
      ...VISIT_COLUMNS,
    ],
  })
  async venueVisits(
    @Param('venueId') venueId: string,
    @Query() query: VisitsQueryDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const range = timeRange(query.from, query.to);
    const after = decodeCursor(query.cursor, 'cursor', VISIT_KEY_SHAPE);
    await this.venueOf(venueId);
    const named = maySeePersonDetails(req.caller?.role);
    const fresh = await Promise.all([this.directory.catchUp(), this.persons.catchUp()]);
    markStale(res, fresh.every(Boolean));
    // After a merge, one human is one row: the kept id, with the scans of every id.
    const idsOf = (personId: string) => {
      const kept = this.persons.records.resolve(personId);
      return { kept, ids: [kept, ...this.persons.records.aliasesOf(kept)] };
    };
    const found = await this.visits.atVenue(venueId, range, idsOf);
    const page = pageOf(found, { keyOf: venueVisitKey }, after, query.limit ?? VisitsQueryDto.DEFAULT_LIMIT);
    const visits = page.items.map((v): VenueVisitView => {
      const visit = presentVisit(v);
      if (!named) return visit;
      const person = this.persons.records.get(v.personId);
      const view = person ? presentPerson(person) : null;
      return { ...visit, fullName: view?.fullName ?? null, phone: view?.phone ?? null };
    });
    return { venueId, visits, next: page.next };
  }

  private async venueOf(venueId: string) {
    const venue = venueRecordOf(await this.store.readStream(venueStream(venueId)));
    if (!venue) throw new NotFoundError('venue', venueId, 'venueId');
    return venue;
  }
}
