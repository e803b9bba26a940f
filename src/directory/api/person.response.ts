import { ApiProperty } from '@nestjs/swagger';
import { ApiIdProperty } from '../../platform/http/openapi/api-properties.js';

/** A person's record as it stands (registration and corrections); every key present, null when not given. */
export class PersonResponse {
  @ApiIdProperty({ example: 'P1' })
  personId!: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  fullName!: string;

  @ApiProperty({ type: 'string', nullable: true, example: '+84912345678', description: 'E.164 when it is a valid number, else as given' })
  phone!: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: '079080001234' })
  nationalId!: string | null;

  @ApiProperty({ type: 'string', format: 'date', nullable: true, example: '1980-05-17' })
  dateOfBirth!: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: '12 Trần Hưng Đạo, Long Xuyên' })
  address!: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: '30280' })
  unit!: string | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    example: null,
    description: 'the id this registration was merged into (PersonsMerged): that person holds every fact of both; null when not merged',
  })
  mergedInto!: string | null;
}
