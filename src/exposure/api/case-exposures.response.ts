import { ApiProperty } from '@nestjs/swagger';
import { CaseWindowResponse } from './case-window.response.js';
import { ExposureResponse } from './exposure.response.js';

export class CaseExposuresResponse {
  @ApiProperty({ type: CaseWindowResponse })
  case!: CaseWindowResponse;

  @ApiProperty({ type: [ExposureResponse], description: 'ordered by level, then exposedAt, then personId' })
  exposures!: ExposureResponse[];
}
