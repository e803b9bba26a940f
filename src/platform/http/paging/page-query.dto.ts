import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CURSOR_MESSAGE, CURSOR_PATTERN } from './cursor.js';

/** The page size bounds of one list: what `limit` defaults to, and its maximum. */
export interface PageBounds {
  defaultLimit: number;
  maxLimit: number;
}

/**
 * The base of a list's query DTO, with `limit` (1 to `maxLimit`, documented default `defaultLimit`): for a list
 * that names where a page starts in a parameter of its own (the alerts' `since`).
 */
export function LimitQuery({ defaultLimit, maxLimit }: PageBounds) {
  const message = `must be a whole number from 1 to ${maxLimit}`;
  class LimitQuery {
    static readonly DEFAULT_LIMIT = defaultLimit;
    static readonly MAX_LIMIT = maxLimit;

    @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: maxLimit, default: defaultLimit })
    @IsOptional()
    @Type(() => Number)
    @IsInt({ message })
    @Min(1, { message })
    @Max(maxLimit, { message })
    limit?: number;
  }
  return LimitQuery;
}

/** The base of a list's query DTO, with `limit` and `cursor` (the `next` of an earlier page: see cursor.ts). */
export function PageQuery(bounds: PageBounds) {
  class PageQuery extends LimitQuery(bounds) {
    @ApiPropertyOptional({ pattern: CURSOR_PATTERN.source, description: 'the `next` of the previous page (opaque); omitted: the first page' })
    @IsOptional()
    @Matches(CURSOR_PATTERN, { message: CURSOR_MESSAGE })
    cursor?: string;
  }
  return PageQuery;
}
