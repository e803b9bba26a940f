import { ApiProperty } from '@nestjs/swagger';
import { COMPONENT_STATES } from './component-status.response.js';
import { HealthAdaptersResponse } from './health-adapters.response.js';

/** GET /health, on 200 and on 503 alike. */
export class HealthResponse {
  @ApiProperty({ enum: COMPONENT_STATES, example: 'up', description: 'down when not ready; degraded when ready but some part is not up' })
  status!: 'up' | 'degraded' | 'down';

  @ApiProperty({ enum: [true], example: true, description: 'the process answers' })
  live!: true;

  @ApiProperty({ example: true, description: 'writes are accepted and queries answered (HTTP 200; 503 otherwise)' })
  ready!: boolean;

  @ApiProperty({ type: HealthAdaptersResponse })
  adapters!: HealthAdaptersResponse;
}
