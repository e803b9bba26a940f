import { OmitType, PartialType } from '@nestjs/swagger';
import { RegisterPersonDto } from './register-person.dto.js';

/**
 * PATCH body: any of the registration's fields but the id, validated exactly as at registration
 * (the same decorators, inherited); null clears an optional field.
 */
export class CorrectPersonDto extends PartialType(OmitType(RegisterPersonDto, ['personId'] as const)) {}
