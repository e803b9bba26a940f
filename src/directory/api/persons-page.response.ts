import { ApiProperty } from '@nestjs/swagger';
import { PersonResponse } from './person.response.js';

export class PersonsPageResponse {
  @ApiProperty({ type: [PersonResponse] })
  persons!: PersonResponse[];

  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'the `cursor` of the next page; null on the last' })
  next!: string | null;
}
