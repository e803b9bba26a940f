import { ApiProperty } from '@nestjs/swagger';

class ChainHeadResponse {
  @ApiProperty({ type: 'integer', example: 42 })
  seq!: number;

  @ApiProperty({ type: 'string', pattern: '^[0-9a-f]{64}$' })
  hash!: string;
}

/** What a check of the audit trail's hash chain found. */
export class AuditChainResponse {
  @ApiProperty({ description: 'every record is whole and follows the one before' })
  ok!: boolean;

  @ApiProperty({ type: 'integer', description: 'how many records check out, from the first' })
  records!: number;

  @ApiProperty({
    type: ChainHeadResponse,
    nullable: true,
    description: 'the last record that checks out: note its hash to detect later that records after it were cut off',
  })
  head!: ChainHeadResponse | null;

  @ApiProperty({ type: 'integer', nullable: true, example: null, description: 'the seq of the first record that does not fit; null when ok' })
  brokenAt!: number | null;
}
