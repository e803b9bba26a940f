import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOG_POSITION_SCHEMA } from '../../platform/http/openapi/api-write.decorator.js';

/** Handing alerts to the transport: degraded while they wait for it (they go out, in order, later). */
export class AlertOutboxStatusResponse {
  @ApiProperty({ enum: ['up', 'degraded'], example: 'up' })
  state!: 'up' | 'degraded';

  @ApiProperty({ example: 'embedded', description: 'the transport: embedded (in-process, SSE) or kafka' })
  adapter!: string;

  @ApiProperty({ ...LOG_POSITION_SCHEMA, nullable: true, description: 'the last log position whose alerts the transport acknowledged' })
  position!: string | null;

  @ApiProperty({ type: 'integer', minimum: 0, example: 0, description: 'publish attempts that failed since the last success' })
  failedAttempts!: number;

  @ApiPropertyOptional({ example: 'alerts are waiting: broker unreachable' })
  detail?: string;
}
