import { ApiProperty } from '@nestjs/swagger';
import { ViaHopResponse } from '../../exposure/api/via-hop.response.js';
import { RecommendationResponse } from '../../exposure/api/recommendation.response.js';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { LOG_POSITION_SCHEMA } from '../../platform/http/openapi/api-write.decorator.js';

/** An exposure alert, as listed, streamed and published (topic contact-tracing.exposure-alerts.v1). */
export class AlertResponse {
  @ApiProperty({ enum: [1], example: 1 })
  schemaVersion!: 1;

  @ApiProperty({ format: 'uuid', example: '0b6a4c1e-52f3-5d8e-9a41-3c7f2b1d9e00', description: 'de-duplicate by it: delivery is at least once' })
  eventId!: string;

  @ApiProperty({ format: 'uuid', example: '6f1c2d9a-8b7e-5c4d-a3f2-1e0d9c8b7a65', description: 'one alert per case, person and level' })
  alertId!: string;

  @ApiIdProperty({ example: 'P1' })
  caseId!: string;

  @ApiIdProperty({ example: 'P2' })
  personId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, example: 1 })
  level!: number;

  @ApiInstantProperty({ example: '2021-07-09T02:00:00.000Z' })
  exposedAt!: string;

  @ApiProperty({ type: ViaHopResponse })
  via!: ViaHopResponse;

  @ApiProperty({ type: RecommendationResponse, nullable: true })
  recommendation!: RecommendationResponse | null;

  @ApiInstantProperty({ example: '2021-07-11T01:00:05.000Z' })
  raisedAt!: string;

  @ApiProperty({ ...LOG_POSITION_SCHEMA, description: 'its log position: alerts are ordered by it, and it is their cursor' })
  position!: string;
}
