import { ApiProperty } from '@nestjs/swagger';
import { PersonResponse } from './person.response.js';

export class DuplicateGroupResponse {
  @ApiProperty({ enum: ['phone', 'nationalId', 'nameAndDateOfBirth'], example: 'phone', description: 'what the persons share' })
  reason!: string;

  @ApiProperty({
    example: '+84912345678',
    description: 'the phone (E.164), the national id (no spaces, upper case), or the name (lower case, no accents) and date of birth',
  })
  value!: string;

  @ApiProperty({ type: [PersonResponse], description: 'two or more persons, by id; none of them merged into another' })
  persons!: PersonResponse[];
}

export class DuplicatesPageResponse {
  @ApiProperty({ type: [DuplicateGroupResponse] })
  duplicates!: DuplicateGroupResponse[];

  @ApiProperty({ type: 'string', nullable: true, example: null, description: 'the `cursor` of the next page; null on the last' })
  next!: string | null;
}
