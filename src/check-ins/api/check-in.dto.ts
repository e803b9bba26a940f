import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { IsId, IsInstant } from '../../platform/http/validators.js';
import { CHECK_IN_SOURCES } from '../domain/check-in-events.js';
import type { CheckInSource } from '../domain/check-in-events.js';

export const MAX_BATCH = 1000;

export class CheckInDto {
  @ApiIdProperty({ required: false, example: 'C1', description: 'generated (UUID) when omitted; the idempotency key of the scan' })
  @IsOptional()
  @IsId()
  checkInId?: string;

  @ApiIdProperty({ example: 'P1' })
  @IsId()
  personId!: string;

  @ApiIdProperty({ required: false, example: 'V1', description: 'venueId or qrPayload' })
  @IsOptional()
  @IsId()
  venueId?: string;

  @ApiPropertyOptional({ description: 'the payload of the venue QR code, instead of venueId' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  qrPayload?: string;

  @ApiProperty({ enum: ['in', 'out'] })
  @IsIn(['in', 'out'], { message: 'must be one of in, out' })
  direction!: 'in' | 'out';

  @ApiInstantProperty({ example: '2021-07-10T08:00:00+07:00' })
  @IsInstant()
  at!: string;

  @ApiPropertyOptional({ enum: CHECK_IN_SOURCES })
  @IsOptional()
  @IsIn(CHECK_IN_SOURCES, { message: `must be one of ${CHECK_IN_SOURCES.join(', ')}` })
  source?: CheckInSource;
}

/** Items are validated one by one in the handler, so that one bad scan does not refuse the rest. */
export class CheckInBatchDto {
  @ApiProperty({ type: [CheckInDto], maxItems: MAX_BATCH })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH, { message: `must hold at most ${MAX_BATCH} check-ins` })
  items!: unknown[];
}
