import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';

export class TestResultRecordedResponse {
  @ApiIdProperty({ example: 'T1', description: 'the id given, or the one generated' })
  testId!: string;

  @ApiProperty({ description: 'whether this very test confirmed the person as a case' })
  caseConfirmed!: boolean;

  @ApiProperty({ description: 'whether the person is a case that counts now (its window began within CASE_ACTIVE_DAYS)' })
  caseActive!: boolean;

  @ApiPropertyOptional({ example: 'no positive result: the person is not a confirmed case', description: 'why the case does not count, when it does not' })
  reason?: string;
}
