import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldErrorResponse } from './field-error.response.js';

/** RFC 7807 problem details (application/problem+json): every error the service answers. */
export class ProblemDetails {
  @ApiProperty({ example: 'about:blank' })
  type!: string;

  @ApiProperty({ example: 'Bad Request' })
  title!: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  status!: number;

  @ApiProperty({ example: 'the request has invalid fields' })
  detail!: string;

  @ApiPropertyOptional({ example: '/v1/check-ins', description: 'the path of the request' })
  instance?: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse], description: 'every bad field (400), or the field a 404 or 422 is about' })
  errors?: FieldErrorResponse[];

  @ApiPropertyOptional({ example: 'RETENTION_DAYS', description: 'for a 422: the setting whose window the input lies outside' })
  setting?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2021-06-12T01:00:00.000Z', description: 'for a 422: the cut-off instant of that window' })
  cutoff?: string;
}
