import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { IsInstant } from '../../platform/http/validators.js';
import { PageQuery } from '../../platform/http/paging/page-query.dto.js';

const LEVEL_MESSAGE = 'must be a whole number from 1 to 5';

export class ExposureQueryDto extends PageQuery({ defaultLimit: 1000, maxLimit: 5000 }) {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, default: 3, description: 'at most MAX_DEPTH' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LEVEL_MESSAGE })
  @Min(1, { message: LEVEL_MESSAGE })
  @Max(5, { message: LEVEL_MESSAGE })
  depth?: number;

  @ApiInstantProperty({ required: false, example: '2021-07-20T08:00:00+07:00', description: 'answer from what the log held at this instant' })
  @IsOptional()
  @IsInstant()
  asOf?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'only this level (1 to depth); `summary` still counts every level' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LEVEL_MESSAGE })
  @Min(1, { message: LEVEL_MESSAGE })
  @Max(5, { message: LEVEL_MESSAGE })
  level?: number;
}
