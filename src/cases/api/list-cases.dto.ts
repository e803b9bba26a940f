import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsInstant } from '../../platform/http/validators.js';
import { CURSOR_MESSAGE, CURSOR_PATTERN } from '../../platform/http/paging/cursor.js';

export const DEFAULT_CASES_PAGE = 50;
export const MAX_CASES_PAGE = 500;
const LIMIT_MESSAGE = `must be a whole number from 1 to ${MAX_CASES_PAGE}`;
const DEPTH_MESSAGE = 'must be a whole number from 1 to 5';

export class ListCasesDto {
  @ApiPropertyOptional({ enum: ['active', 'all'], default: 'active', description: 'active: the infectious window began at most CASE_ACTIVE_DAYS ago' })
  @IsOptional()
  @IsIn(['active', 'all'], { message: 'must be active or all' })
  status?: 'active' | 'all';

  @ApiPropertyOptional({ description: "the person's unit (administrative code) as registered", example: '30280' })
  @IsOptional()
  @IsString()
  @Length(1, 64, { message: 'must be 1 to 64 characters' })
  unit?: string;

  @ApiPropertyOptional({ example: '2021-07-10T00:00:00+07:00', description: 'only cases confirmed at or after this instant' })
  @IsOptional()
  @IsInstant()
  since?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 1, description: 'counts per level up to this depth (at most MAX_DEPTH); deeper costs more per case' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: DEPTH_MESSAGE })
  @Min(1, { message: DEPTH_MESSAGE })
  @Max(5, { message: DEPTH_MESSAGE })
  depth?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CASES_PAGE, default: DEFAULT_CASES_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(MAX_CASES_PAGE, { message: LIMIT_MESSAGE })
  limit?: number;

  @ApiPropertyOptional({ description: 'the `next` of the previous page; omitted: the first page' })
  @IsOptional()
  @Matches(CURSOR_PATTERN, { message: CURSOR_MESSAGE })
  cursor?: string;
}
