import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const limitMessage = (max: number) => `must be a whole number from 1 to ${max}`;

/** `limit` and `cursor` of a list of people or venues. */
export class PageQueryDto {
  static readonly DEFAULT_LIMIT = 100;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: limitMessage(1000) })
  @Min(1, { message: limitMessage(1000) })
  @Max(1000, { message: limitMessage(1000) })
  limit?: number;

  @ApiPropertyOptional({ description: 'the `next` of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  cursor?: string;
}

/** `limit` and `cursor` of a list of visits, which can be long (a workplace over two weeks). */
export class LongPageQueryDto {
  static readonly DEFAULT_LIMIT = 1000;

  @ApiPropertyOptional({ minimum: 1, maximum: 5000, default: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: limitMessage(5000) })
  @Min(1, { message: limitMessage(5000) })
  @Max(5000, { message: limitMessage(5000) })
  limit?: number;

  @ApiPropertyOptional({ description: 'the `next` of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  cursor?: string;
}
