import { ApiProperty } from '@nestjs/swagger';
import { AuditRecordResponse } from './audit-record.response.js';

export class AuditPageResponse {
  @ApiProperty({ type: [AuditRecordResponse], description: 'newest first (by seq, the order they were written)' })
  records!: AuditRecordResponse[];

  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'the `cursor` of the next (older) page; null on the last' })
  next!: string | null;
}
