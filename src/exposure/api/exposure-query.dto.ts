import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { IsInstant } from '../../platform/http/validators.js';
import { CURSOR_MESSAGE, CURSOR_PATTERN } from '../../platform/http/paging/cursor.js';

export const DEFAULT_EXPOSURES_PAGE = 1000;
export const MAX_EXPOSURES_PAGE = 5000;
const LEVEL_MESSAGE = 'must be a whole number from 1 to 5';
const LIMIT_MESSAGE = `must be a whole number from 1 to ${MAX_EXPOSURES_PAGE}`;

export class ExposureQueryDto {
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

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_EXPOSURES_PAGE, default: DEFAULT_EXPOSURES_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(MAX_EXPOSURES_PAGE, { message: LIMIT_MESSAGE })
  limit?: number;

  @ApiPropertyOptional({ description: 'the `next` of the previous page; omitted: the first page' })
  @IsOptional()
  @Matches(CURSOR_PATTERN, { message: CURSOR_MESSAGE })
  cursor?: string;
}
