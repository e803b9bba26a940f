import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CURSOR_MESSAGE, CURSOR_PATTERN } from './alert-cursor.js';

/** Where a new alert stream starts; without any of these (and without Last-Event-ID), at the live end. */
export class AlertStreamQueryDto {
  @ApiPropertyOptional({
    enum: ['start'],
    description: '`start`: replay every alert from the first, then follow; omitted: only alerts raised after connecting',
  })
  @IsOptional()
  @IsIn(['start'], { message: 'must be start (omit it to start at the live end)' })
  from?: 'start';

  @ApiPropertyOptional({ description: 'replay the alerts after this cursor (a `next` or an event id), then follow', example: '1042' })
  @IsOptional()
  @Matches(CURSOR_PATTERN, { message: CURSOR_MESSAGE })
  since?: string;
}
