import { ApiProperty } from '@nestjs/swagger';

/** GET /health/live: the process answers. */
export class LivenessResponse {
  @ApiProperty({ enum: ['up'], example: 'up' })
  status!: 'up';

  @ApiProperty({ enum: [true], example: true })
  live!: true;
}
