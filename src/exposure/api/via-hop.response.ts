import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty, ApiInstantProperty, ID_SCHEMA } from '../../platform/http/openapi/api-properties.js';

/** The last hop of an exposure: who exposed the person, how, and when. */
export class ViaHopResponse {
  @ApiIdProperty({ example: 'P1' })
  fromPersonId!: string;

  @ApiProperty({ enum: ['co-presence', 'recorded-contact'], example: 'co-presence' })
  kind!: 'co-presence' | 'recorded-contact';

  @ApiProperty({ ...ID_SCHEMA, nullable: true, example: 'V1', description: 'the venue of a co-presence' })
  venueId!: string | null;

  @ApiProperty({ ...ID_SCHEMA, nullable: true, example: null, description: 'the recorded contact' })
  contactId!: string | null;

  @ApiInstantProperty({ example: '2021-07-09T02:00:00.000Z' })
  from!: string;

  @ApiInstantProperty({ example: '2021-07-09T03:00:00.000Z' })
  to!: string;
}
