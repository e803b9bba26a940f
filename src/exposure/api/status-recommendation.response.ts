import { ApiProperty } from '@nestjs/swagger';
import { ID_SCHEMA } from '../../platform/http/openapi/api-properties.js';
import { RecommendationResponse } from './recommendation.response.js';

/** The advice a status still gives, with the person's orders that overlap its period. */
export class StatusRecommendationResponse extends RecommendationResponse {
  @ApiProperty({ type: 'array', items: { ...ID_SCHEMA }, example: ['O1'], description: 'ids of the orders that overlapped the recommended period' })
  orders!: string[];
}
