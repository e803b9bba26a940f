import { IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { PersonResponse } from '../../directory/api/person.response.js';

/**
 * PATCH answers the record as its stream folds it: the id and name always; an optional field is
 * absent when it was never given, null when a correction cleared it.
 */
export class CorrectedPersonResponse extends IntersectionType(
  PickType(PersonResponse, ['personId', 'fullName'] as const),
  PartialType(OmitType(PersonResponse, ['personId', 'fullName'] as const)),
) {}
