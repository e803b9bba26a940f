import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import { PERSON_DETAILS_ROLES } from '../../platform/auth/person-details.js';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { invalid, NotFoundError } from '../../platform/errors.js';
import { CsvExport } from '../../platform/http/csv/csv-export.decorator.js';
import { markStale } from '../../platform/http/log-position.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiIdParam } from '../../platform/http/openapi/api-properties.js';
import { ApiRead } from '../../platform/http/openapi/api-read.decorator.js';
import { decodeCursor } from '../../platform/http/paging/cursor.js';
import { pageOf } from '../../platform/http/paging/page.js';
import { normalizePhone } from '../../platform/phone/phone-number.js';
import { personStream } from '../../persons/domain/person-events.js';
import { normalizeNationalId, PERSON_KEY_SHAPE, PersonDirectory } from '../../persons/application/read-model/person-directory.js';
import { personRecordOf } from '../../persons/domain/person-record.js';
import { DirectoryProjection } from '../application/read-model/directory.projection.js';
import { VisitReader } from '../application/visits/visit-reader.js';
import { DuplicatesQueryDto, PersonSearchDto, VisitsQueryDto } from './directory-queries.dto.js';
import { DuplicatesPageResponse } from './duplicate-group.response.js';
import { DUPLICATE_KEY_SHAPE, duplicateKeyOf } from '../../persons/application/read-model/duplicate-groups.js';
import { DUPLICATE_COLUMNS, PERSON_COLUMNS, presentPerson, type DuplicateRow, type PersonView } from './person.presenter.js';
import { PersonResponse } from './person.response.js';
import { PersonsPageResponse } from './persons-page.response.js';
import { PersonVisitsResponse } from './person-visits.response.js';
import { searchWords, timeRange } from './query-parts.js';
import { PERSON_VISIT_COLUMNS, personVisitRows, presentPersonVisitsPage } from './person-visits.presenter.js';
import { VISIT_KEY_SHAPE } from './visit.presenter.js';

/** Finding a person, their record, and where they were: for those who trace and call people. */
@ApiTags('persons')
@Controller('v1/persons')
export class PersonsDirectoryController {
  constructor(
    private readonly directory: DirectoryProjection,
    private readonly persons: PersonDirectory,
    private readonly visits: VisitReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Roles(...PERSON_DETAILS_ROLES)
  @ApiOperation({ summary: 'Find people by name words (`q`), phone or national id (each optional; given ones must all match)' })
  @ApiRead(PersonsPageResponse, 'a page of people, by name', { readYourWrites: false, csv: true })
  @ApiProblems(400)
  @CsvExport({ filename: 'persons', rows: (b: { persons: PersonView[] }) => b.persons, columns: PERSON_COLUMNS })
  async search(@Query() query: PersonSearchDto, @Res({ passthrough: true }) res: Response) {
    const phone = query.phone === undefined ? undefined : normalizePhone(query.phone);
    if (phone === null) throw invalid('phone', 'must be a phone number, e.g. 0912 345 678 or +84912345678');
    const filter = { words: searchWords(query.q), phone, nationalId: query.nationalId && normalizeNationalId(query.nationalId) };
    const after = decodeCursor(query.cursor, 'cursor', PERSON_KEY_SHAPE);
    markStale(res, await this.persons.catchUp());
    const page = this.persons.records.find(filter, after, query.limit ?? PersonSearchDto.DEFAULT_LIMIT);
    return { persons: page.items.map((p) => presentPerson(p, this.persons.records.mergedInto(p.personId))), next: page.next };
  }

  /** Declared before `:personId`, which would take `duplicates` for an id. */
  @Get('duplicates')
  @Roles(...PERSON_DETAILS_ROLES)
  @ApiOperation({
    summary: 'Possible duplicates: persons sharing a phone, a national id, or a name and date of birth',
    description: 'Groups of two or more registrations, by reason and then by what they share; a person merged into another is no longer listed. Merge one into the other with POST /v1/persons/{keptId}/merge.',
  })
  @ApiRead(DuplicatesPageResponse, 'a page of duplicate groups', { readYourWrites: false, csv: true })
  @ApiProblems(400)
  @CsvExport<{ duplicates: { reason: string; value: string; persons: PersonView[] }[] }, DuplicateRow>({
    filename: 'duplicates',
    rows: (b) => b.duplicates.flatMap((g) => g.persons.map((p) => ({ ...p, reason: g.reason, value: g.value }))),
    columns: DUPLICATE_COLUMNS,
  })
  async duplicates(@Query() query: DuplicatesQueryDto, @Res({ passthrough: true }) res: Response) {
    const after = decodeCursor(query.cursor, 'cursor', DUPLICATE_KEY_SHAPE);
    markStale(res, await this.persons.catchUp());
    const page = pageOf(this.persons.records.duplicateGroups(), { keyOf: duplicateKeyOf }, after, query.limit ?? DuplicatesQueryDto.DEFAULT_LIMIT);
    const duplicates = page.items.map((g) => ({ reason: g.reason, value: g.value, persons: g.persons.map((p) => presentPerson(p)) }));
    return { duplicates, next: page.next };
  }

  @Get(':personId')
  @Roles(...PERSON_DETAILS_ROLES)
  @ApiOperation({
    summary: "A person's record as it stands (registration and corrections)",
    description: 'A registration merged into another answers its own record with `mergedInto`: the id that now holds its facts (status, visits and chains are that person\'s).',
  })
  @ApiIdParam('personId', 'the person')
  @ApiOkResponse({ type: PersonResponse, description: "the person's record" })
  @ApiProblems(400, 404)
  async record(@Param('personId') personId: string) {
    // The person's own stream: always current, whatever the directory has applied yet.
    const record = personRecordOf(await this.store.readStream(personStream(personId)));
    if (!record) throw new NotFoundError('person', personId, 'personId');
    // Merges are in the kept persons' streams: the read model knows them (waited for, bounded).
    await this.persons.catchUp();
    return presentPerson(record, this.persons.records.mergedInto(personId));
  }

  @Get(':personId/visits')
  @Roles(...PERSON_DETAILS_ROLES)
  @ApiOperation({ summary: "A person's visits as the rules derive them, with the scans behind each, and the scans voided by corrections (who, when, why)" })
  @ApiIdParam('personId', 'the person')
  @ApiRead(PersonVisitsResponse, 'a page of the visits overlapping `from`..`to` and of the voided scans in it', { readYourWrites: false, csv: true })
  @ApiProblems(400, 404)
  @CsvExport({ filename: 'person-visits', rows: personVisitRows, columns: PERSON_VISIT_COLUMNS })
  async personVisits(@Param('personId') personId: string, @Query() query: VisitsQueryDto, @Res({ passthrough: true }) res: Response) {
    const range = timeRange(query.from, query.to);
    const after = decodeCursor(query.cursor, 'cursor', VISIT_KEY_SHAPE);
    if (!personRecordOf(await this.store.readStream(personStream(personId)))) throw new NotFoundError('person', personId, 'personId');
    const fresh = await Promise.all([this.directory.catchUp(), this.persons.catchUp()]);
    markStale(res, fresh.every(Boolean));
    // After a merge, the visits are the human's: the kept person's scans and every merged id's.
    const kept = this.persons.records.resolve(personId);
    const found = await this.visits.ofPerson(kept, range, this.persons.records.aliasesOf(kept));
    const venueName = (venueId: string) => this.directory.venues.get(venueId)?.name ?? null;
    return { personId, ...presentPersonVisitsPage(found, after, query.limit ?? VisitsQueryDto.DEFAULT_LIMIT, venueName) };
  }
}
