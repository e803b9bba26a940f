import { ApiProperty } from '@nestjs/swagger';
import { CaseWindowResponse } from './case-window.response.js';
import { ExposureResponse } from './exposure.response.js';
import { LEVEL_COUNTS_SCHEMA } from './level-counts.js';

export class CaseExposuresResponse {
  @ApiProperty({ type: CaseWindowResponse })
  case!: CaseWindowResponse;

  @ApiProperty({ ...LEVEL_COUNTS_SCHEMA, description: 'exposed persons per level over the whole answer (every level up to the depth), not just this page' })
  summary!: Record<string, number>;

  @ApiProperty({ type: [ExposureResponse], description: 'this page: ordered by level, then exposedAt, then personId' })
  exposures!: ExposureResponse[];

  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'the `cursor` of the next page; null on the last' })
  next!: string | null;
}
