import { ApiProperty } from '@nestjs/swagger';
import { CheckInBatchItemResponse } from './check-in-batch-item.response.js';

export class CheckInBatchResponse {
  @ApiProperty({ type: [CheckInBatchItemResponse], description: 'one result per item, in the order sent' })
  results!: CheckInBatchItemResponse[];
}
