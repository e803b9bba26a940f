import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { invalid } from '../errors.js';
import { ID_PATTERN } from '../ids.js';

/** A path id that cannot exist is a 400 naming the parameter, as a bad id in a body is: `@Param('personId', ValidId)`. */
@Injectable()
export class ValidId implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!ID_PATTERN.test(value)) throw invalid(metadata.data ?? 'id', 'must match ^[A-Za-z0-9_.:-]{1,64}$');
    return value;
  }
}
