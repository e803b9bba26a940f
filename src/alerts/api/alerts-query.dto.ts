import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsId } from '../../platform/http/validators.js';
import { CURSOR_MESSAGE, CURSOR_PATTERN } from './alert-cursor.js';

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;
const LIMIT_MESSAGE = `must be a whole number from 1 to ${MAX_PAGE}`;
const LEVEL_MESSAGE = 'must be a whole number from 1 to 5';

export class AlertsQueryDto {
  @ApiPropertyOptional({ pattern: CURSOR_PATTERN.source, description: 'the `next` of an earlier page; omitted: from the first alert', example: '1042' })
  @IsOptional()
  @Matches(CURSOR_PATTERN, { message: CURSOR_MESSAGE })
  since?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(MAX_PAGE, { message: LIMIT_MESSAGE })
  limit?: number;

  @ApiPropertyOptional({ description: 'only the alerts about this person', example: 'P2' })
  @IsOptional()
  @IsId()
  personId?: string;

  @ApiPropertyOptional({ description: 'only the alerts that name this case', example: 'P1' })
  @IsOptional()
  @IsId()
  caseId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'only the alerts of this level (1: F1)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LEVEL_MESSAGE })
  @Min(1, { message: LEVEL_MESSAGE })
  @Max(5, { message: LEVEL_MESSAGE })
  level?: number;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'false: the call list (alerts nobody has followed up yet)' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  acknowledged?: 'true' | 'false';
}
