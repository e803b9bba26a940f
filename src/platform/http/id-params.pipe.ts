import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { FieldError, InvalidInputError } from '../errors.js';
import { ID_PATTERN } from '../ids.js';
import { ID_MESSAGE } from './validators.js';

/** A route parameter that names an id: `:personId`, `:orderId`, `:keptId`... */
const ID_PARAM = /Id$/;

/**
 * Every `:xxxId` path parameter of every route matches the id pattern (DESIGN.md section 4), or
 * the request is a 400 naming it: `/v1/persons/..%2F..%2Fetc%2Fpasswd/status` reaches no handler.
 * A global pipe, so that a new route is checked without anyone remembering to.
 */
@Injectable()
export class IdParamsPipe implements PipeTransform {
  transform(value: unknown, { type, data }: ArgumentMetadata): unknown {
    if (type !== 'param') return value;
    const params = data ? { [data]: value } : ((value ?? {}) as Record<string, unknown>);
    const errors: FieldError[] = [];
    for (const [name, id] of Object.entries(params)) {
      if (ID_PARAM.test(name) && !(typeof id === 'string' && ID_PATTERN.test(id))) errors.push({ field: name, message: ID_MESSAGE });
    }
    if (errors.length > 0) throw new InvalidInputError(errors);
    return value;
  }
}
