import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { LimitQuery } from '../../platform/http/paging/page-query.dto.js';
import { IsId } from '../../platform/http/validators.js';
import { CURSOR_MESSAGE, CURSOR_PATTERN } from './alert-cursor.js';

const LEVEL_MESSAGE = 'must be a whole number from 1 to 5';

/** Where a page starts is `since` (a log position, also an SSE id): a public name of its own. */
export class AlertsQueryDto extends LimitQuery({ defaultLimit: 100, maxLimit: 1000 }) {
  @ApiPropertyOptional({ pattern: CURSOR_PATTERN.source, description: 'the `next` of an earlier page; omitted: from the first alert', example: '1042' })
  @IsOptional()
  @Matches(CURSOR_PATTERN, { message: CURSOR_MESSAGE })
  since?: string;

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
