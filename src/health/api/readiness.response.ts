import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FailingPartResponse } from './failing-part.response.js';

/** GET /health/ready, on 200 and on 503 alike. */
export class ReadinessResponse {
  @ApiProperty({ enum: ['up', 'down'], example: 'up' })
  status!: 'up' | 'down';

  @ApiProperty({ example: true, description: 'writes are accepted (event store) and queries answered (contact graph, projection not failing)' })
  ready!: boolean;

  @ApiPropertyOptional({ type: [FailingPartResponse], description: 'present when not ready: the parts that are down and why' })
  failing?: FailingPartResponse[];
}
