import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { IsId } from '../../platform/http/validators.js';
import { VENUE_KINDS } from '../domain/venue-events.js';
import type { VenueKind } from '../domain/venue-events.js';

export class RegisterVenueDto {
  @ApiIdProperty({ required: false, example: 'V1', description: 'generated (UUID) when omitted' })
  @IsOptional()
  @IsId()
  venueId?: string;

  @ApiProperty({ example: 'Long Xuyen market' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  address?: string;

  @ApiProperty({ enum: VENUE_KINDS })
  @IsIn(VENUE_KINDS, { message: `must be one of ${VENUE_KINDS.join(', ')}` })
  kind!: VenueKind;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 24 * 60, example: 60, description: '1 to MAX_STAY_HOURS × 60; DEFAULT_STAY_MINUTES when omitted' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  defaultStayMinutes?: number;
}
