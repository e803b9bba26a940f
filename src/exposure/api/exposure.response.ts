import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { PersonCardResponse } from './person-card.response.js';
import { RecommendationResponse } from './recommendation.response.js';
import { ViaHopResponse } from './via-hop.response.js';

/** A row of a case's exposures: who, at which level, how, and what the policy advises. */
export class ExposureResponse extends PersonCardResponse {
  @ApiIdProperty({ example: 'P2' })
  personId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, example: 1, description: '1 for F1, 2 for F2, …' })
  level!: number;

  @ApiInstantProperty({ example: '2021-07-09T02:00:00.000Z', description: 'the first exposure along the chain' })
  exposedAt!: string;

  @ApiInstantProperty({ example: '2021-07-10T02:00:00.000Z', description: 'the last exposure along the chain: the isolation period counts from it' })
  lastExposedAt!: string;

  @ApiProperty({ example: false, description: 'an active confirmed case this chain reaches: F0 in their own right, so no recommendation' })
  confirmedCase!: boolean;

  @ApiProperty({ type: ViaHopResponse })
  via!: ViaHopResponse;

  @ApiProperty({ type: RecommendationResponse, nullable: true, description: 'null for a confirmed case, or a level the policy gives no rule' })
  recommendation!: RecommendationResponse | null;
}
