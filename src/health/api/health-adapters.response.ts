import { ApiProperty } from '@nestjs/swagger';
import { AdapterStatusResponse } from './adapter-status.response.js';
import { AlertsStatusResponse } from './alerts-status.response.js';
import { ProjectionStatusResponse } from './projection-status.response.js';

export class HealthAdaptersResponse {
  @ApiProperty({ type: AdapterStatusResponse })
  eventStore!: AdapterStatusResponse;

  @ApiProperty({ type: AdapterStatusResponse })
  contactGraph!: AdapterStatusResponse;

  @ApiProperty({ type: ProjectionStatusResponse })
  projection!: ProjectionStatusResponse;

  @ApiProperty({ type: AlertsStatusResponse, description: 'raising alerts from the log and handing them to the transport' })
  alerts!: AlertsStatusResponse;
}
