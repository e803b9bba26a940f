import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';

export class VenueRegisteredResponse {
  @ApiIdProperty({ example: 'V1', description: 'the id given, or the one generated' })
  venueId!: string;

  @ApiProperty({ example: 'EXPV1:V1:n3Yc2b1y0Q4X8mZ7aK5sLw', description: 'what the venue QR code holds: its id, signed' })
  qrPayload!: string;
}
