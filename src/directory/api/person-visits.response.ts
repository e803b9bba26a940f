import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { PersonVisitResponse } from './person-visit.response.js';

export class PersonVisitsResponse {
  @ApiIdProperty({ example: 'P1' })
  personId!: string;

  @ApiProperty({ type: [PersonVisitResponse], description: 'by start, then venue' })
  visits!: PersonVisitResponse[];

  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'the `cursor` of the next page; null on the last' })
  next!: string | null;
}
