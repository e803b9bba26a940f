import { ApiProperty } from '@nestjs/swagger';
import { HealthAdaptersResponse } from './health-adapters.response.js';

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded'], example: 'ok' })
  status!: 'ok' | 'degraded';

  @ApiProperty({ example: true, description: 'the process answers' })
  live!: boolean;

  @ApiProperty({ example: true, description: 'every adapter answers (HTTP 200; 503 otherwise)' })
  ready!: boolean;

  @ApiProperty({ type: HealthAdaptersResponse })
  adapters!: HealthAdaptersResponse;
}
