import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ApiIdProperty, ApiInstantProperty } from '../../platform/http/openapi/api-properties.js';
import { IsId, IsInstant } from '../../platform/http/validators.js';
import { TEST_METHODS, TEST_OUTCOMES } from '../domain/case-events.js';

export class RecordTestResultDto {
  @ApiIdProperty({ required: false, example: 'T1', description: 'generated (UUID) when omitted' })
  @IsOptional()
  @IsId()
  testId?: string;

  @ApiIdProperty({ example: 'P1' })
  @IsId()
  personId!: string;

  @ApiInstantProperty({ example: '2021-07-11T08:00:00+07:00' })
  @IsInstant()
  sampledAt!: string;

  @ApiProperty({ enum: TEST_OUTCOMES })
  @IsIn(TEST_OUTCOMES, { message: `must be one of ${TEST_OUTCOMES.join(', ')}` })
  result!: (typeof TEST_OUTCOMES)[number];

  @ApiProperty({ enum: TEST_METHODS })
  @IsIn(TEST_METHODS, { message: `must be one of ${TEST_METHODS.join(', ')}` })
  method!: (typeof TEST_METHODS)[number];

  @ApiInstantProperty({ required: false, example: '2021-07-10T20:00:00+07:00' })
  @IsOptional()
  @IsInstant()
  symptomOnsetAt?: string;
}
