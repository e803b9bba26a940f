import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { IsId } from '../../platform/http/validators.js';

/** The body of a merge: the other registration of the same human, and why. */
export class MergePersonsDto {
  @ApiIdProperty({ example: 'P2b', description: "the duplicate registration; its facts count for the kept person's from now on" })
  @IsId()
  mergedId!: string;

  @ApiPropertyOptional({ example: 'registered twice with the same phone', minLength: 1, maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'must not be blank' })
  reason?: string;
}
