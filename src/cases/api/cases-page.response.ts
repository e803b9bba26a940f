import { ApiProperty } from '@nestjs/swagger';
import { CaseResponse } from './case.response.js';

export class CasesPageResponse {
  @ApiProperty({ type: [CaseResponse], description: 'newest confirmation first, then by person id' })
  cases!: CaseResponse[];

  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'the `cursor` of the next page; null on the last' })
  next!: string | null;
}
