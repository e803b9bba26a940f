import { ApiProperty } from '@nestjs/swagger';
import { LOG_POSITION_SCHEMA } from '../../platform/http/openapi/api-write.decorator.js';
import { ComponentStatusResponse } from './component-status.response.js';

/** The contact-graph projection: down while it fails, degraded while it lags the log head. */
export class ProjectionStatusResponse extends ComponentStatusResponse {
  @ApiProperty({ ...LOG_POSITION_SCHEMA, nullable: true, description: 'the last log position the contact graph applied' })
  position!: string | null;

  @ApiProperty({ ...LOG_POSITION_SCHEMA, nullable: true, description: 'the last log position written; null when empty or unknown' })
  head!: string | null;
}
