import { ApiProperty } from '@nestjs/swagger';

/** A part that keeps the service from being ready. */
export class FailingPartResponse {
  @ApiProperty({ enum: ['eventStore', 'contactGraph', 'projection'], example: 'contactGraph' })
  name!: string;

  @ApiProperty({ type: 'string', nullable: true, example: 'contact graph (neo4j) unavailable: connection refused' })
  detail!: string | null;
}
