import { ApiProperty } from '@nestjs/swagger';
import { ISOLATION_KINDS } from '../../isolation/domain/isolation-events.js';
import { ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { CLASSIFICATIONS } from './classification.js';

/** The isolation policy's advice (advice only: nobody is isolated by it). */
export class RecommendationResponse {
  @ApiProperty({ example: '2021-07-v2' })
  policyVersion!: string;

  @ApiProperty({ enum: CLASSIFICATIONS, example: 'F1' })
  classification!: string;

  @ApiProperty({ enum: ISOLATION_KINDS, nullable: true, example: 'centralized' })
  isolation!: string | null;

  @ApiInstantProperty({ example: '2021-07-09T02:00:00.000Z', description: 'the last exposure (a case: its infectiousFrom)' })
  from!: string;

  @ApiInstantProperty({ nullable: true, example: '2021-07-23T02:00:00.000Z' })
  until!: string | null;

  @ApiProperty({ type: 'integer', isArray: true, example: [1, 7, 14], description: 'days after exposure to test on' })
  testDays!: number[];

  @ApiProperty({ example: 'centralized quarantine for 14 days from the last exposure; tests on days 1, 7 and 14' })
  advice!: string;
}
