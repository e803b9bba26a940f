import { ApiProperty } from '@nestjs/swagger';
import { ISOLATION_KINDS } from '../../isolation/domain/isolation-events.js';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';

/** The person's current isolation order, as the contact graph knows it. */
export class IsolationViewResponse {
  @ApiIdProperty({ example: 'O1' })
  orderId!: string;

  @ApiProperty({ enum: ISOLATION_KINDS, example: 'centralized' })
  kind!: string;

  @ApiInstantProperty({ example: '2021-07-12T03:00:00.000Z' })
  from!: string;

  @ApiInstantProperty({ nullable: true, example: '2021-07-26T03:00:00.000Z' })
  until!: string | null;

  @ApiInstantProperty({ nullable: true, example: null })
  releasedAt!: string | null;
}
