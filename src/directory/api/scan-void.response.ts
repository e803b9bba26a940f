import { ApiProperty } from '@nestjs/swagger';
import { ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';

/** Who voided a scan, when and why (the CheckInVoided correction). */
export class ScanVoidResponse {
  @ApiInstantProperty({ example: '2021-07-15T01:00:00.000Z', description: 'when the void was recorded' })
  at!: string;

  @ApiProperty({ example: 'investigator:3f9a1c2b7d4e', description: 'who voided it: the role and a fingerprint of the API key' })
  by!: string;

  @ApiProperty({ example: 'scanned the wrong venue QR code' })
  reason!: string;
}
