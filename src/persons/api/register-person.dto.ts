import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { IsBirthDate, IsId, IsPhone } from '../../platform/http/validators.js';

export class RegisterPersonDto {
  @ApiIdProperty({ required: false, example: 'P1', description: 'generated (UUID) when omitted' })
  @IsOptional()
  @IsId()
  personId?: string;

  @ApiProperty({ example: 'Nguyen Van A' })
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiPropertyOptional({ example: '0912 345 678', description: 'recorded in E.164 (+84912345678)' })
  @IsOptional()
  @IsPhone()
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 40)
  nationalId?: string;

  @ApiPropertyOptional({ example: '1980-05-17', description: 'a date (no time), from 1900, not in the future' })
  @IsOptional()
  @IsBirthDate()
  dateOfBirth?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  address?: string;

  @ApiPropertyOptional({ description: 'the unit (team, ward, company) the person belongs to' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  unit?: string;
}
