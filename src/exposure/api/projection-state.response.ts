import { ApiProperty } from '@nestjs/swagger';
import { LOG_POSITION_SCHEMA } from '../../platform/http/openapi/api-write.decorator.js';

export class ProjectionStateResponse {
  @ApiProperty({ example: 'contact-graph' })
  name!: string;

  @ApiProperty({ ...LOG_POSITION_SCHEMA, nullable: true, description: 'the last log position applied; null before the first' })
  position!: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'why it stopped, while it is stopped' })
  lastError!: string | null;
}
