import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';

export class ContactVoidedResponse {
  @ApiIdProperty({ example: 'K1' })
  contactId!: string;

  @ApiProperty({ enum: [true], example: true })
  voided!: true;

  @ApiProperty({ example: 'the interview named the wrong person' })
  reason!: string;
}
