import { ApiProperty } from '@nestjs/swagger';

/** One bad field of a request, as problem details list them. */
export class FieldErrorResponse {
  @ApiProperty({ example: 'personId', description: 'the field, with its path inside the body: `items[3].at`' })
  field!: string;

  @ApiProperty({ example: 'must match ^[A-Za-z0-9_.:-]{1,64}$' })
  message!: string;
}
