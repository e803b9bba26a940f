import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { ViaHopResponse } from './via-hop.response.js';

export class ExposureResponse {
  @ApiIdProperty({ example: 'P2' })
  personId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, example: 1, description: '1 for F1, 2 for F2, …' })
  level!: number;

  @ApiInstantProperty({ example: '2021-07-09T02:00:00.000Z', description: 'the first exposure along the chain' })
  exposedAt!: string;

  @ApiProperty({ type: ViaHopResponse })
  via!: ViaHopResponse;
}
