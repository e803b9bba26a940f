import { ApiProperty } from '@nestjs/swagger';
import { ISOLATION_KINDS } from '../../isolation/domain/isolation-events.js';
import { ApiIdProperty, ApiInstantProperty, ID_SCHEMA } from '../../platform/http/openapi/api-properties.js';

/** One of the person's isolation orders, from the person's own stream. */
export class IsolationViewResponse {
  @ApiIdProperty({ example: 'O1' })
  orderId!: string;

  @ApiProperty({ enum: ISOLATION_KINDS, example: 'centralized' })
  kind!: string;

  @ApiInstantProperty({ example: '2021-07-12T03:00:00.000Z' })
  from!: string;

  @ApiInstantProperty({ nullable: true, example: '2021-07-26T03:00:00.000Z' })
  until!: string | null;

  @ApiProperty({ example: 'F1 of P1' })
  reason!: string;

  @ApiInstantProperty({ nullable: true, example: null })
  releasedAt!: string | null;

  @ApiProperty({ ...ID_SCHEMA, nullable: true, example: null, description: 'the order this one replaced' })
  supersedes!: string | null;

  @ApiProperty({ ...ID_SCHEMA, nullable: true, example: null, description: 'the order that replaced this one' })
  supersededBy!: string | null;
}
