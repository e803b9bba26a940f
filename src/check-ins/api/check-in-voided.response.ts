import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';

export class CheckInVoidedResponse {
  @ApiIdProperty({ example: 'C1' })
  checkInId!: string;

  @ApiIdProperty({ example: 'P1', description: 'whose check-in it was' })
  personId!: string;

  @ApiProperty({ enum: [true], example: true })
  voided!: true;

  @ApiProperty({ example: 'scanned the wrong venue QR code' })
  reason!: string;
}
