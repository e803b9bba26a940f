import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

/** The body of a correction that voids a recorded fact. */
export class VoidReasonDto {
  @ApiProperty({ example: 'scanned the wrong venue QR code', minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'must not be blank' })
  reason!: string;
}
