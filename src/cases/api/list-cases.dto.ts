import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsInstant } from '../../platform/http/validators.js';
import { PageQuery } from '../../platform/http/paging/page-query.dto.js';

const DEPTH_MESSAGE = 'must be a whole number from 1 to 5';

export class ListCasesDto extends PageQuery({ defaultLimit: 50, maxLimit: 500 }) {
  @ApiPropertyOptional({ enum: ['active', 'all'], default: 'active', description: 'active: the infectious window began at most CASE_ACTIVE_DAYS ago' })
  @IsOptional()
  @IsIn(['active', 'all'], { message: 'must be active or all' })
  status?: 'active' | 'all';

  @ApiPropertyOptional({ description: "the person's unit (administrative code) as registered", example: '30280' })
  @IsOptional()
  @IsString()
  @Length(1, 64, { message: 'must be 1 to 64 characters' })
  unit?: string;

  @ApiPropertyOptional({ example: '2021-07-10T00:00:00+07:00', description: 'only cases confirmed at or after this instant' })
  @IsOptional()
  @IsInstant()
  since?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 1, description: 'counts per level up to this depth (at most MAX_DEPTH); deeper costs more per case' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: DEPTH_MESSAGE })
  @Min(1, { message: DEPTH_MESSAGE })
  @Max(5, { message: DEPTH_MESSAGE })
  depth?: number;
}
