import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../platform/config/app-config.js';

export class CreateApiKeyDto {
  @ApiProperty({ enum: ROLES, example: 'checkin-gateway' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ maxLength: 100, example: 'gate scanners, KCN Tân Bình' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  label?: string;
}
