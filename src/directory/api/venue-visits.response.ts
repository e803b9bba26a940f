import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { VenueVisitResponse } from './venue-visit.response.js';

export class VenueVisitsResponse {
  @ApiIdProperty({ example: 'V1' })
  venueId!: string;

  @ApiProperty({ type: [VenueVisitResponse], description: 'by start, then person' })
  visits!: VenueVisitResponse[];

  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'the `cursor` of the next page; null on the last' })
  next!: string | null;
}
