import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ID_SCHEMA } from '../../platform/http/openapi/api-properties.js';
import { ProblemDetails } from '../../platform/http/openapi/problem-details.response.js';

/** The outcome of one order of a batch, at its index: ordered (201) or refused with its own problem. */
export class IsolationBatchItemResponse {
  @ApiProperty({ ...ID_SCHEMA, nullable: true, example: 'O1', description: 'the id given or generated; null when a refused item named no id' })
  orderId!: string | null;

  @ApiProperty({ type: 'integer', example: 201, description: '201 ordered (or the same order again), or the status of a refused item (400, 404, 409; 503 when a store it needs is down)' })
  status!: number;

  @ApiPropertyOptional({ type: ProblemDetails, description: 'why the item was refused' })
  error?: ProblemDetails;
}
