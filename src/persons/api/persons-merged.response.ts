import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';

export class PersonsMergedResponse {
  @ApiIdProperty({ example: 'P2', description: 'the person kept: every fact of both ids counts for them' })
  keptId!: string;

  @ApiIdProperty({ example: 'P2b', description: 'the merged id: it now points to the kept one (`mergedInto`)' })
  mergedId!: string;

  @ApiProperty({ type: 'string', nullable: true, example: 'registered twice with the same phone' })
  reason!: string | null;
}
