import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CURSOR_MESSAGE, CURSOR_PATTERN } from './alert-cursor.js';

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;
const LIMIT_MESSAGE = `must be a whole number from 1 to ${MAX_PAGE}`;

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
}
