import { ApiProperty } from '@nestjs/swagger';
import { CHECK_IN_SOURCES } from '../../check-ins/domain/check-in-events.js';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';

/** A scan a visit was derived from. */
export class ScanResponse {
  @ApiIdProperty({ example: 'C1' })
  checkInId!: string;

  @ApiProperty({ enum: ['in', 'out'], example: 'in' })
  direction!: 'in' | 'out';

  @ApiInstantProperty({ example: '2021-07-10T01:00:00.000Z' })
  at!: string;

  @ApiProperty({ enum: CHECK_IN_SOURCES, example: 'qr' })
  source!: string;
}
