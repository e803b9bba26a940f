import { ArgumentMetadata, ValidationPipe, ValidationError } from '@nestjs/common';
import { FieldError, InvalidInputError } from '../errors.js';
import { prototypeKeyErrors } from './input-bounds.js';

/**
 * Nest's ValidationPipe silently deletes `__proto__`, `constructor` and `prototype` keys before
 * validating; this one names them as the unknown fields they are, beside every other bad field.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const refused = metadata.metatype && this.toValidate(metadata) ? prototypeKeyErrors(value) : [];
    if (refused.length === 0) return super.transform(value, metadata);
    try {
      await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InvalidInputError) throw new InvalidInputError([...refused, ...error.errors]);
      throw error;
    }
    throw new InvalidInputError(refused);
  }
}

/** Whitelisting DTO validation whose 400 names every bad field, including nested ones (`items[3].at`). */
export function validationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputError(flatten(errors)),
  });
}

export function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) out.push({ field, message: stripProperty(message, e.property) });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** class-validator starts messages with the property name; the field already says it. */
function stripProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
