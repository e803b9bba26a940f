import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { IsId, IsInstant } from '../../platform/http/validators.js';
import { CONTACT_SETTINGS } from '../domain/contact-events.js';
import type { ContactSettingName } from '../domain/contact-events.js';

export class RecordContactDto {
  @ApiIdProperty({ required: false, example: 'K1', description: 'generated (UUID) when omitted' })
  @IsOptional()
  @IsId()
  contactId?: string;

  @ApiIdProperty({ example: 'P1' })
  @IsId()
  personA!: string;

  @ApiIdProperty({ example: 'P2' })
  @IsId()
  personB!: string;

  @ApiInstantProperty({ example: '2021-07-10T18:00:00+07:00' })
  @IsInstant()
  from!: string;

  @ApiInstantProperty({ example: '2021-07-10T18:30:00+07:00' })
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
