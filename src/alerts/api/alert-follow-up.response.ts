import { ApiProperty } from '@nestjs/swagger';
import { AcknowledgementResponse } from './acknowledgement.response.js';

/** What the follow-up list adds to an alert (GET /v1/alerts): how it was followed up. */
export class AlertFollowUpResponse {
  @ApiProperty({ type: AcknowledgementResponse, nullable: true, description: 'null while nobody has followed it up' })
  acknowledgement!: AcknowledgementResponse | null;
}
