import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { IsInstant } from '../../platform/http/validators.js';

export class ExposureQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, default: 3, description: 'at most MAX_DEPTH' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be a whole number from 1 to 5' })
  @Max(5, { message: 'must be a whole number from 1 to 5' })
  depth?: number;

  @ApiInstantProperty({ required: false, example: '2021-07-20T08:00:00+07:00', description: 'answer from what the log held at this instant' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}
