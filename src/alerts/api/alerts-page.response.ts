import { ApiProperty } from '@nestjs/swagger';
import { LOG_POSITION_SCHEMA } from '../../platform/http/openapi/api-write.decorator.js';
import { ListedAlertResponse } from './listed-alert.response.js';

export class AlertsPageResponse {
  @ApiProperty({ type: [ListedAlertResponse], description: 'in log order' })
  alerts!: ListedAlertResponse[];

  @ApiProperty({ ...LOG_POSITION_SCHEMA, nullable: true, description: 'the `since` of the next page (unchanged after an empty page, so polling with it is safe)' })
  next!: string | null;
}
