import { ApiProperty } from '@nestjs/swagger';
import { LOG_POSITION_SCHEMA } from '../../platform/http/openapi/api-write.decorator.js';
import { ProjectionStateResponse } from './projection-state.response.js';

export class ProjectionsResponse {
  @ApiProperty({ ...LOG_POSITION_SCHEMA, nullable: true, description: 'the log position of the last event; null for an empty log' })
  head!: string | null;

  @ApiProperty({ type: [ProjectionStateResponse] })
  projections!: ProjectionStateResponse[];
}
