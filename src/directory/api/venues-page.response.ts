import { ApiProperty } from '@nestjs/swagger';
import { VenueResponse } from './venue.response.js';

export class VenuesPageResponse {
  @ApiProperty({ type: [VenueResponse] })
  venues!: VenueResponse[];

  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'the `cursor` of the next page; null on the last' })
  next!: string | null;
}
