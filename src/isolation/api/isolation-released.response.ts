import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';

export class IsolationReleasedResponse {
  @ApiIdProperty({ example: 'O1' })
  orderId!: string;

  @ApiIdProperty({ example: 'P2' })
  personId!: string;

  @ApiInstantProperty({ example: '2021-07-26T03:00:00.000Z' })
  releasedAt!: string;
}
