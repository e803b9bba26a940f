import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ALERT_OUTCOMES } from '../domain/alert-events.js';
import type { AlertOutcome } from '../domain/alert-events.js';

export class AcknowledgeAlertDto {
  @ApiProperty({ enum: ALERT_OUTCOMES, description: 'what came of the call' })
  @IsIn(ALERT_OUTCOMES, { message: `must be one of ${ALERT_OUTCOMES.join(', ')}` })
  outcome!: AlertOutcome;

  @ApiPropertyOptional({ example: 'Đã gọi, hẹn xét nghiệm sáng mai' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}
