import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { ScanResponse } from './scan.response.js';
import { ScanVoidResponse } from './scan-void.response.js';

/** A scan voided by a correction: it counts toward no visit, and shows who voided it and why. */
export class VoidedScanResponse extends ScanResponse {
  @ApiIdProperty({ example: 'V2', description: 'the venue the scan named' })
  venueId!: string;

  @ApiProperty({ type: 'string', nullable: true, example: 'Công ty Bình Minh', description: 'null when the directory does not know the venue yet' })
  venueName!: string | null;

  @ApiProperty({ type: ScanVoidResponse })
  voided!: ScanVoidResponse;
}
