import { ApiProperty } from '@nestjs/swagger';
import { LOG_POSITION_SCHEMA } from '../../platform/http/openapi/api-write.decorator.js';
import { ComponentStatusResponse } from './component-status.response.js';

/** Raising alerts from the log: down while it fails (alerts are raised once it recovers). */
export class AlertReactorStatusResponse extends ComponentStatusResponse {
  @ApiProperty({ ...LOG_POSITION_SCHEMA, nullable: true, description: 'the last log position it read' })
  position!: string | null;
}
