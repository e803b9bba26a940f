import { ApiProperty } from '@nestjs/swagger';

export class RebuildStartedResponse {
  @ApiProperty({ example: 'contact-graph' })
  name!: string;

  @ApiProperty({ enum: [true], example: true })
  rebuilding!: boolean;
}
