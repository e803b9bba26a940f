import { ApiPropertyOptional } from '@nestjs/swagger';
import { VisitResponse } from './visit.response.js';

/** A visit at a venue; who it was only for roles that may see person details (keys absent otherwise). */
export class VenueVisitResponse extends VisitResponse {
  @ApiPropertyOptional({ type: 'string', nullable: true, example: 'Nguyễn Văn An', description: 'null when the directory does not know the person yet' })
  fullName?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true, example: '+84912345678' })
  phone?: string | null;
}
