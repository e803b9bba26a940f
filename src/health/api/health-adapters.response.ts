import { ApiProperty } from '@nestjs/swagger';
import { CheckResponse } from './check.response.js';
import { ProjectionCheckResponse } from './projection-check.response.js';

export class HealthAdaptersResponse {
  @ApiProperty({ type: CheckResponse })
  eventStore!: CheckResponse;

  @ApiProperty({ type: CheckResponse })
  contactGraph!: CheckResponse;

  @ApiProperty({ type: ProjectionCheckResponse })
  projection!: ProjectionCheckResponse;

  @ApiProperty({ type: CheckResponse, description: 'raising alerts from the log and handing them to the transport' })
  alerts!: CheckResponse;
}
