import { ApiProperty } from '@nestjs/swagger';
import { AcknowledgementResponse } from './acknowledgement.response.js';
import { AlertResponse } from './alert.response.js';

/** An alert as the follow-up list shows it (GET /v1/alerts): with how it was followed up. */
export class ListedAlertResponse extends AlertResponse {
  @ApiProperty({ type: AcknowledgementResponse, nullable: true, description: 'null while nobody has followed it up' })
  acknowledgement!: AcknowledgementResponse | null;
}
