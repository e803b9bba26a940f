import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty, ID_SCHEMA } from '../../platform/http/openapi/api-properties.js';
import { CaseLinkResponse } from './case-link.response.js';
import { CLASSIFICATIONS } from './classification.js';
import { IsolationViewResponse } from './isolation-view.response.js';
import { StatusRecommendationResponse } from './status-recommendation.response.js';

export class PersonStatusResponse {
  @ApiIdProperty({ example: 'P2' })
  personId!: string;

  @ApiProperty({
    ...ID_SCHEMA,
    nullable: true,
    example: null,
    description: 'when this id was merged into another (PersonsMerged): the kept id; the status is then that person\'s, every merged id\'s facts included',
  })
  mergedInto!: string | null;

  @ApiProperty({ enum: CLASSIFICATIONS, example: 'F1', description: 'the lowest level over every active case' })
  classification!: string;

  @ApiProperty({ type: [CaseLinkResponse] })
  cases!: CaseLinkResponse[];

  @ApiProperty({ type: IsolationViewResponse, nullable: true, description: 'the order in force now' })
  isolation!: IsolationViewResponse | null;

  @ApiProperty({ type: [IsolationViewResponse], description: 'every order of the person, oldest first' })
  isolationHistory!: IsolationViewResponse[];

  @ApiProperty({ type: StatusRecommendationResponse, nullable: true, description: 'null when there is none, or when a finished order served it (`servedBy`)' })
  recommendation!: StatusRecommendationResponse | null;

  @ApiProperty({ ...ID_SCHEMA, nullable: true, example: null, description: 'the finished order that served the recommendation for the current classification' })
  servedBy!: string | null;
}
