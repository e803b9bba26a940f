import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { VENUE_KINDS } from '../../venues/domain/venue-events.js';

export class VenueResponse {
  @ApiIdProperty({ example: 'V1' })
  venueId!: string;

  @ApiProperty({ example: 'Chợ Long Xuyên' })
  name!: string;

  @ApiProperty({ type: 'string', nullable: true, example: 'Hai Bà Trưng, Long Xuyên' })
  address!: string | null;

  @ApiProperty({ enum: VENUE_KINDS, example: 'market' })
  kind!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 60, description: 'the stay assumed when a visit has no check-out' })
  defaultStayMinutes!: number;
}
