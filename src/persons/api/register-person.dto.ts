import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, Length } from 'class-validator';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { IsId } from '../../platform/http/validators.js';

export class RegisterPersonDto {
  @ApiIdProperty({ required: false, example: 'P1', description: 'generated (UUID) when omitted' })
  @IsOptional()
  @IsId()
  personId?: string;

  @ApiProperty({ example: 'Nguyen Van A' })
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiPropertyOptional({ example: '+84 90 000 0000' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 40)
  nationalId?: string;

  @ApiPropertyOptional({ example: '1980-05-17' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be a date, e.g. 1980-05-17' })
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
