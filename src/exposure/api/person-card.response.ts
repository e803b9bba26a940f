import { ApiPropertyOptional } from '@nestjs/swagger';

/**
 * A person's name, phone and unit beside a row of a list: only for roles that may see personal
 * data (investigator, task-force); the keys are absent otherwise, null when the person is unknown.
 */
export class PersonCardResponse {
  @ApiPropertyOptional({ type: 'string', nullable: true, example: 'Nguyễn Văn An' })
  fullName?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true, example: '+84912345678', description: 'E.164' })
  phone?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true, example: '30280' })
  unit?: string | null;
}
