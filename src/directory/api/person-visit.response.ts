import { ApiProperty } from '@nestjs/swagger';
import { VisitResponse } from './visit.response.js';

export class PersonVisitResponse extends VisitResponse {
  @ApiProperty({ type: 'string', nullable: true, example: 'Chợ Long Xuyên', description: 'null when the directory does not know the venue yet' })
  venueName!: string | null;
}
