import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { PersonVisitResponse } from './person-visit.response.js';
import { VoidedScanResponse } from './voided-scan.response.js';

/**
 * A page of the person's record of movements: the visits the rules derive, and the voided scans at
 * `from`..`to`, which count toward none of them. Both are paged together, in time order (`limit`
 * counts both).
 */
export class PersonVisitsResponse {
  @ApiIdProperty({ example: 'P1' })
  personId!: string;

  @ApiProperty({ type: [PersonVisitResponse], description: 'by start, then venue' })
  visits!: PersonVisitResponse[];

  @ApiProperty({
    type: [VoidedScanResponse],
    description: 'scans voided by a correction (POST /v1/check-ins/{checkInId}/void), by time: they count toward no visit',
    example: [
      {
        checkInId: 'C7',
        direction: 'in',
        at: '2021-07-10T03:10:00.000Z',
        source: 'qr',
        venueId: 'V2',
        venueName: 'Công ty Bình Minh',
        voided: { at: '2021-07-15T01:00:00.000Z', by: 'investigator:3f9a1c2b7d4e', reason: 'scanned the wrong venue QR code' },
      },
    ],
  })
  voidedScans!: VoidedScanResponse[];

  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'the `cursor` of the next page; null on the last' })
  next!: string | null;
}
