import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '../../platform/http/paging/page-query.dto.js';
import { IsInstant } from '../../platform/http/validators.js';

/** Lists of people or venues. */
const NAMES_PAGE = { defaultLimit: 100, maxLimit: 1000 };
/** Lists of visits, which can be long (a workplace over two weeks). */
const VISITS_PAGE = { defaultLimit: 1000, maxLimit: 5000 };

export class PersonSearchDto extends PageQuery(NAMES_PAGE) {
  @ApiPropertyOptional({ description: 'words of the name, in any case, with or without accents', example: 'nguyen van an' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ description: 'a phone number in any usual form: 0912 345 678, +84912345678, 84912345678', example: '0912 345 678' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  phone?: string;

  @ApiPropertyOptional({ description: 'a national id (CCCD/CMND); spaces and case are ignored' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  nationalId?: string;
}

export class DuplicatesQueryDto extends PageQuery(NAMES_PAGE) {}

export class VenueSearchDto extends PageQuery(NAMES_PAGE) {
  @ApiPropertyOptional({ description: 'words of the name or address, in any case, with or without accents', example: 'cho long xuyen' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;
}

export class VisitsQueryDto extends PageQuery(VISITS_PAGE) {
  @ApiPropertyOptional({ description: 'visits that end at or after this instant', example: '2021-07-10T00:00:00+07:00' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'visits that start at or before this instant', example: '2021-07-11T00:00:00+07:00' })
  @IsOptional()
  @IsInstant()
  to?: string;
}
