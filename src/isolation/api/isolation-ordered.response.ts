import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';

export class IsolationOrderedResponse {
  @ApiIdProperty({ example: 'O1', description: 'the id given, or the one generated' })
  orderId!: string;
}
