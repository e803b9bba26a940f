import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { AcknowledgementResponse } from './acknowledgement.response.js';

export class AlertAcknowledgedResponse {
  @ApiProperty({ format: 'uuid', example: '6f1c2d9a-8b7e-5c4d-a3f2-1e0d9c8b7a65' })
  alertId!: string;

  @ApiIdProperty({ example: 'P2' })
  personId!: string;

  @ApiProperty({ type: AcknowledgementResponse, description: 'the acknowledgement that stands (the first one)' })
  acknowledgement!: AcknowledgementResponse;
}
