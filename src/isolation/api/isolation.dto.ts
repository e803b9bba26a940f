import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { IsId, IsInstant } from '../../platform/http/validators.js';
import { ISOLATION_KINDS } from '../domain/isolation-events.js';
import type { IsolationKindName } from '../domain/isolation-events.js';

export class OrderIsolationDto {
  @ApiIdProperty({ required: false, example: 'O1', description: 'generated (UUID) when omitted' })
  @IsOptional()
  @IsId()
  orderId?: string;

  @ApiIdProperty({ example: 'P2' })
  @IsId()
  personId!: string;

  @ApiProperty({ enum: ISOLATION_KINDS })
  @IsIn(ISOLATION_KINDS, { message: `must be one of ${ISOLATION_KINDS.join(', ')}` })
  kind!: IsolationKindName;

  @ApiInstantProperty({ example: '2021-07-12T10:00:00+07:00' })
  @IsInstant()
  from!: string;

  @ApiInstantProperty({ required: false, example: '2021-07-26T10:00:00+07:00', description: 'planned end; may lie in the future' })
  @IsOptional()
  @IsInstant()
  until?: string;

  @ApiProperty({ example: 'F1 of case P1' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class ReleaseIsolationDto {
  @ApiInstantProperty({ example: '2021-07-26T10:00:00+07:00' })
  @IsInstant()
  at!: string;
}

export const MAX_ORDER_BATCH = 1000;

export class OrderIsolationBatchDto {
  @ApiProperty({ type: [OrderIsolationDto], maxItems: MAX_ORDER_BATCH })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORDER_BATCH, { message: `must hold at most ${MAX_ORDER_BATCH} orders` })
  items!: unknown[];
}
