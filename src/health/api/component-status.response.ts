import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const COMPONENT_STATES = ['up', 'degraded', 'down'] as const;

/** One part of the service as /health probes it. */
export class ComponentStatusResponse {
  @ApiProperty({ enum: COMPONENT_STATES, example: 'up', description: 'degraded: it works, but not fully; down: it does not work' })
  state!: 'up' | 'degraded' | 'down';

  @ApiPropertyOptional({ example: 'connection refused', description: 'why it is not up' })
  detail?: string;
}
