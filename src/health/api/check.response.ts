import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One part of the service as /health probes it. */
export class CheckResponse {
  @ApiPropertyOptional({ example: 'sqlite', description: 'the adapter configured for this part' })
  adapter?: string;

  @ApiProperty({ example: true })
  ok!: boolean;

  @ApiPropertyOptional({ example: 'connection refused', description: 'why it is not ok' })
  detail?: string;
}
