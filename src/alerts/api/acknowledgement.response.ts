import { ApiProperty } from '@nestjs/swagger';
import { ALERT_OUTCOMES } from '../domain/alert-events.js';
import { ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';

/** How an alert was followed up: the call's outcome, and who logged it when. */
export class AcknowledgementResponse {
  @ApiProperty({ enum: ALERT_OUTCOMES, example: 'reached' })
  outcome!: string;

  @ApiProperty({ type: 'string', nullable: true, example: 'Đã gọi, hẹn xét nghiệm sáng mai' })
  note!: string | null;

  @ApiInstantProperty({ example: '2021-07-11T03:00:00.000Z', description: 'when it was recorded' })
  at!: string;

  @ApiProperty({ example: 'investigator:3f9a1c2b7d4e', description: 'who recorded it: the role and a fingerprint of the API key' })
  by!: string;
}
