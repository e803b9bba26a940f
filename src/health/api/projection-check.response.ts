import { ApiProperty } from '@nestjs/swagger';
import { LOG_POSITION_SCHEMA } from '../../platform/http/openapi/api-write.decorator.js';
import { CheckResponse } from './check.response.js';

export class ProjectionCheckResponse extends CheckResponse {
  @ApiProperty({ ...LOG_POSITION_SCHEMA, nullable: true, description: 'the last log position the contact graph applied' })
  position!: string | null;

  @ApiProperty({ ...LOG_POSITION_SCHEMA, nullable: true, description: 'the last log position written' })
  head!: string | null;
}
