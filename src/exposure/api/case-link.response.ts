import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { ViaHopResponse } from './via-hop.response.js';

/** How a person stands to one case: its level in that case's chain. */
export class CaseLinkResponse {
  @ApiIdProperty({ example: 'P1' })
  caseId!: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 5, example: 1, description: '0 when the person is the case' })
  level!: number;

  @ApiInstantProperty({ example: '2021-07-09T02:00:00.000Z' })
  exposedAt!: string;

  @ApiInstantProperty({ example: '2021-07-10T02:00:00.000Z', description: 'the last exposure, from which the isolation period counts (the case: its infectiousFrom)' })
  lastExposedAt!: string;

  @ApiProperty({ type: ViaHopResponse, nullable: true, description: 'null for the case itself' })
  via!: ViaHopResponse | null;
}
