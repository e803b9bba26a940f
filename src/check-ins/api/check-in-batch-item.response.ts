import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ID_SCHEMA } from '../../platform/http/openapi/api-properties.js';
import { ProblemDetails } from '../../platform/http/openapi/problem-details.response.js';

/** The outcome of one item of a batch, at its index: accepted (202) or refused with its own problem. */
export class CheckInBatchItemResponse {
  @ApiProperty({ ...ID_SCHEMA, nullable: true, example: 'C1', description: 'null when the item named no valid id' })
  checkInId!: string | null;

  @ApiProperty({ type: 'integer', example: 202, description: '202 accepted, or the 4xx of a refused item' })
  status!: number;

  @ApiPropertyOptional({ type: ProblemDetails, description: 'why the item was refused' })
  error?: ProblemDetails;
}
