import { ApiProperty } from '@nestjs/swagger';
import { ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';

const HASH = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;

/** One request as the audit trail holds it. */
export class AuditRecordResponse {
  @ApiProperty({ type: 'integer', minimum: 1, example: 42, description: 'the place in the trail: 1, 2, 3… with no gap' })
  seq!: number;

  @ApiInstantProperty({ description: 'when the service answered' })
  at!: string;

  @ApiProperty({ example: 'investigator:3f2a9c1b7d4e', description: "the API key's id (`<role>:<first 12 hex of its sha256>`), never the key" })
  actor!: string;

  @ApiProperty({ example: 'investigator' })
  role!: string;

  @ApiProperty({ type: 'string', nullable: true, example: 'F1 call list for case P1', description: 'the X-Purpose the caller gave' })
  purpose!: string | null;

  @ApiProperty({ example: 'GET' })
  method!: string;

  @ApiProperty({ example: '/v1/persons/:personId', description: 'the route (its pattern; query values are not kept)' })
  route!: string;

  @ApiProperty({ type: 'integer', example: 200, description: 'the HTTP status answered' })
  status!: number;

  @ApiProperty({ type: [String], example: ['P1'], description: 'the people the request named or its answer listed (the first 100)' })
  personIds!: string[];

  @ApiProperty({ type: 'integer', example: 1, description: 'how many different people that was in all' })
  personCount!: number;

  @ApiProperty({ ...HASH, description: 'the hash of the record before (64 zeros for the first)' })
  prevHash!: string;

  @ApiProperty({ ...HASH, description: 'sha256 of this record and prevHash' })
  hash!: string;
}
