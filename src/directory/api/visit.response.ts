import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { ScanResponse } from './scan.response.js';

/** A visit as the rules derive it from scans; an end without a scan behind it is estimated. */
export class VisitResponse {
  @ApiIdProperty({ example: 'P1' })
  personId!: string;

  @ApiIdProperty({ example: 'V1' })
  venueId!: string;

  @ApiInstantProperty({ example: '2021-07-10T01:00:00.000Z' })
  start!: string;

  @ApiInstantProperty({ example: '2021-07-10T02:00:00.000Z' })
  end!: string;

  @ApiProperty({ example: false, description: "no arrival scan: the venue's stay before the check-out (or the previous scan)" })
  startEstimated!: boolean;

  @ApiProperty({ example: true, description: "no check-out: the venue's stay after the start (or the next scan elsewhere)" })
  endEstimated!: boolean;

  @ApiProperty({ type: [ScanResponse] })
  scans!: ScanResponse[];
}
