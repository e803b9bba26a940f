import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '../../platform/http/paging/page-query.dto.js';
import { IsId, IsInstant } from '../../platform/http/validators.js';

export class AuditQueryDto extends PageQuery({ defaultLimit: 100, maxLimit: 1000 }) {
  @ApiPropertyOptional({ description: "only this key's records: the `actor` of a record (`<role>:<key fingerprint>`)", example: 'investigator:3f2a9c1b7d4e' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  actor?: string;

  @ApiPropertyOptional({ description: 'only the records that name this person', example: 'P1' })
  @IsOptional()
  @IsId()
  personId?: string;

  @ApiPropertyOptional({ description: 'only the records at or after this instant', example: '2021-07-10T00:00:00+07:00' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'only the records at or before this instant', example: '2021-07-11T00:00:00+07:00' })
  @IsOptional()
  @IsInstant()
  to?: string;
}
