import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsId, IsInstant } from '../../platform/http/validators.js';
import { CONTACT_SETTINGS } from '../domain/contact-events.js';
import type { ContactSettingName } from '../domain/contact-events.js';

export class RecordContactDto {
  @ApiPropertyOptional({ description: 'generated (UUID) when omitted' })
  @IsOptional()
  @IsId()
  contactId?: string;

  @ApiProperty({ example: 'P1' })
  @IsId()
  personA!: string;

  @ApiProperty({ example: 'P2' })
  @IsId()
  personB!: string;

  @ApiProperty({ example: '2021-07-10T18:00:00+07:00' })
  @IsInstant()
  from!: string;

  @ApiProperty({ example: '2021-07-10T18:30:00+07:00' })
  @IsInstant()
  to!: string;

  @ApiProperty({ enum: CONTACT_SETTINGS })
  @IsIn(CONTACT_SETTINGS, { message: `must be one of ${CONTACT_SETTINGS.join(', ')}` })
  setting!: ContactSettingName;

  @ApiPropertyOptional({ example: 'interview', description: 'how the contact became known' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  source?: string;
}
