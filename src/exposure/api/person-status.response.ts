import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';
import { CaseLinkResponse } from './case-link.response.js';
import { CLASSIFICATIONS } from './classification.js';
import { IsolationViewResponse } from './isolation-view.response.js';
import { RecommendationResponse } from './recommendation.response.js';

export class PersonStatusResponse {
  @ApiIdProperty({ example: 'P2' })
  personId!: string;

  @ApiProperty({ enum: CLASSIFICATIONS, example: 'F1', description: 'the lowest level over every active case' })
  classification!: string;

  @ApiProperty({ type: [CaseLinkResponse] })
  cases!: CaseLinkResponse[];

  @ApiProperty({ type: IsolationViewResponse, nullable: true })
  isolation!: IsolationViewResponse | null;

  @ApiProperty({ type: RecommendationResponse, nullable: true })
  recommendation!: RecommendationResponse | null;
}
