import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';

export class ContactRecordedResponse {
  @ApiIdProperty({ example: 'K1', description: 'the id given, or the one generated' })
  contactId!: string;
}
