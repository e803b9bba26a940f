import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';

/** A confirmed case and its infectious window. */
export class CaseWindowResponse {
  @ApiIdProperty({ example: 'P1' })
  personId!: string;

  @ApiInstantProperty({ example: '2021-07-08T01:00:00.000Z' })
  infectiousFrom!: string;

  @ApiInstantProperty({ nullable: true, example: null, description: 'null while the window is open' })
  infectiousUntil!: string | null;
}
