import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUDIT_LOG, type AuditLog } from '../../../libs/audit-log/audit-log.port.js';
import { Roles } from '../../platform/auth/roles.decorator.js';
import { invalid } from '../../platform/errors.js';
import { CsvExport } from '../../platform/http/csv/csv-export.decorator.js';
import { ApiProblems } from '../../platform/http/openapi/api-problems.decorator.js';
import { ApiRead } from '../../platform/http/openapi/api-read.decorator.js';
import { decodeCursor, encodeCursor } from '../../platform/http/paging/cursor.js';
import { AUDIT_COLUMNS } from './audit-columns.js';
import { AuditChainResponse } from './audit-chain.response.js';
import { AuditPageResponse } from './audit-page.response.js';
import { AuditQueryDto } from './audit-query.dto.js';
import { presentAuditRecord, type AuditRecordView } from './audit.presenter.js';

/** Who read or wrote whose data, why and when: for the auditor alone (and itself audited). */
@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(@Inject(AUDIT_LOG) private readonly log: AuditLog) {}

  @Get()
  @Roles('auditor')
  @ApiOperation({ summary: 'The audit trail, newest first, filtered by key, person and time (also as CSV)' })
  @ApiRead(AuditPageResponse, 'a page of audit records, newest first', { readYourWrites: false, csv: true })
  @ApiProblems(400)
  @CsvExport({ filename: 'audit', rows: (b: { records: AuditRecordView[] }) => b.records, columns: AUDIT_COLUMNS })
  async list(@Query() query: AuditQueryDto) {
    const from = query.from === undefined ? undefined : Date.parse(query.from);
    const to = query.to === undefined ? undefined : Date.parse(query.to);
    if (from !== undefined && to !== undefined && to < from) throw invalid('to', 'must not be before from');
    const before = decodeCursor(query.cursor, 'cursor', ['number'])?.[0] as number | undefined;
    const limit = query.limit ?? AuditQueryDto.DEFAULT_LIMIT;
    // One more than the page: whether there is a next page, without a count of the rest.
    const found = await this.log.read({ actor: query.actor, personId: query.personId, from, to }, { before: before ?? null, limit: limit + 1 });
    const records = found.slice(0, limit).map(presentAuditRecord);
    const next = found.length > limit ? encodeCursor([records[records.length - 1].seq]) : null;
    return { records, next };
  }

  @Get('verify')
  @Roles('auditor')
  @ApiOperation({ summary: "Checks the audit trail's hash chain from its first record: an edit made outside the service breaks it" })
  @ApiOkResponse({ type: AuditChainResponse, description: 'what the check found (ok false names the first record that does not fit)' })
  async verify() {
    return this.log.verify();
  }
}
