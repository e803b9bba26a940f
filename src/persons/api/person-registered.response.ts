import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';

export class PersonRegisteredResponse {
  @ApiIdProperty({ example: 'P1', description: 'the id given, or the one generated' })
  personId!: string;
}
