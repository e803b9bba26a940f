import { ApiProperty } from '@nestjs/swagger';
import { IsolationBatchItemResponse } from './isolation-batch-item.response.js';

export class IsolationBatchResponse {
  @ApiProperty({ type: [IsolationBatchItemResponse], description: 'one result per item, in the order sent' })
  results!: IsolationBatchItemResponse[];
}
