import { ApiProperty } from '@nestjs/swagger';
import { PersonCardResponse } from '../../exposure/api/person-card.response.js';
import { LEVEL_COUNTS_SCHEMA } from '../../exposure/api/level-counts.js';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';

/** A confirmed case as the list shows it: its window and the exposed persons per level. */
export class CaseResponse extends PersonCardResponse {
  @ApiIdProperty({ example: 'P1' })
  personId!: string;

  @ApiInstantProperty({ example: '2021-07-11T01:00:00.000Z' })
  confirmedAt!: string;

  @ApiInstantProperty({ example: '2021-07-08T01:00:00.000Z' })
  infectiousFrom!: string;

  @ApiInstantProperty({ nullable: true, example: null, description: 'null while the window is open' })
  infectiousUntil!: string | null;

  @ApiProperty({ example: true, description: 'the infectious window began at most CASE_ACTIVE_DAYS ago' })
  active!: boolean;

  @ApiProperty({ ...LEVEL_COUNTS_SCHEMA, nullable: true, description: 'exposed persons per level up to `depth`; null while the contact graph does not know the case yet' })
  counts!: Record<string, number> | null;
}
