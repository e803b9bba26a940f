import { ApiProperty } from '@nestjs/swagger';
import { ViaHopResponse } from '../../exposure/api/via-hop.response.js';
import { RecommendationResponse } from '../../exposure/api/recommendation.response.js';
import { ApiIdProperty, ApiInstantProperty, ID_SCHEMA } from '../../platform/http/openapi/api-properties.js';
import { LOG_POSITION_SCHEMA } from '../../platform/http/openapi/api-write.decorator.js';

/**
 * An exposure alert, as listed, streamed and published (topic contact-tracing.exposure-alerts.v1):
 * about a person, raised when their classification first appears or gets closer (at most one per
 * person and level). Alerts of earlier logs (one per case, person and level) read the same way.
 */
export class AlertResponse {
  @ApiProperty({ enum: [2], example: 2, description: 'version 2 adds caseIds and lastExposedAt to version 1, whose fields it keeps' })
  schemaVersion!: 2;

  @ApiProperty({ format: 'uuid', example: '0b6a4c1e-52f3-5d8e-9a41-3c7f2b1d9e00', description: 'de-duplicate by it: delivery is at least once' })
  eventId!: string;

  @ApiProperty({ format: 'uuid', example: '6f1c2d9a-8b7e-5c4d-a3f2-1e0d9c8b7a65', description: 'one alert per person and level' })
  alertId!: string;

  @ApiIdProperty({ example: 'P1', description: 'the first of caseIds (the case `via` leads to), for consumers of version 1' })
  caseId!: string;

  @ApiProperty({
    type: 'array',
    items: { ...ID_SCHEMA },
    minItems: 1,
    example: ['P1', 'P7'],
    description: 'the active cases that had the person at this level when the alert was raised, earliest exposure first; one case for alerts of earlier logs',
  })
  caseIds!: string[];

  @ApiIdProperty({ example: 'P2' })
  personId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, example: 1 })
  level!: number;

  @ApiInstantProperty({ example: '2021-07-09T02:00:00.000Z', description: 'the earliest exposure at this level' })
  exposedAt!: string;

  @ApiInstantProperty({
    example: '2021-07-09T11:30:00.000Z',
    nullable: true,
    description: 'the latest exposure at this level, which the recommended period counts from; null for alerts of earlier logs, which did not record it',
  })
  lastExposedAt!: string | null;

  @ApiProperty({ type: ViaHopResponse })
  via!: ViaHopResponse;

  @ApiProperty({ type: RecommendationResponse, nullable: true })
  recommendation!: RecommendationResponse | null;

  @ApiInstantProperty({ example: '2021-07-11T01:00:05.000Z' })
  raisedAt!: string;

  @ApiProperty({ ...LOG_POSITION_SCHEMA, description: 'its log position: alerts are ordered by it, and it is their cursor' })
  position!: string;
}
