import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';

export class CheckInAcceptedResponse {
  @ApiIdProperty({ example: 'C1', description: 'the id given, or the one generated' })
  checkInId!: string;
}
