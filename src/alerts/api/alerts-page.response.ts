import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { LOG_POSITION_SCHEMA } from '../../platform/http/openapi/api-write.decorator.js';
import { AlertFollowUpResponse } from './alert-follow-up.response.js';
import { AlertResponse } from './alert.response.js';

@ApiExtraModels(AlertResponse, AlertFollowUpResponse)
export class AlertsPageResponse {
  @ApiProperty({
    type: 'array',
    items: { allOf: [{ $ref: getSchemaPath(AlertResponse) }, { $ref: getSchemaPath(AlertFollowUpResponse) }] },
    description: 'in log order: each alert as streamed, with its follow-up',
  })
  alerts!: (AlertResponse & AlertFollowUpResponse)[];

  @ApiProperty({ ...LOG_POSITION_SCHEMA, nullable: true, description: 'the `since` of the next page (unchanged after an empty page, so polling with it is safe)' })
  next!: string | null;
}
