import { Matches, ValidateBy, ValidationOptions } from 'class-validator';
import { ID_PATTERN } from '../ids.js';
import { normalizePhone } from '../phone/phone-number.js';
import { birthDateProblem } from '../time/calendar-dates.js';
import { instantProblem } from '../time/instants.js';

export const ID_MESSAGE = 'must match ^[A-Za-z0-9_.:-]{1,64}$';

export const IsId = (options?: ValidationOptions): PropertyDecorator => Matches(ID_PATTERN, { message: ID_MESSAGE, ...options });

/** A validator whose message says what is wrong with the value: `problem` answers null for a good one. */
const checkedBy = (name: string, problem: (value: unknown) => string | null, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name,
      validator: {
        validate: (value) => problem(value) === null,
        defaultMessage: (args) => problem(args?.value) ?? 'is invalid',
      },
    },
    options,
  );

/** A real calendar instant with an explicit offset, from 2000 on; a local time names no instant. */
export const IsInstant = (options?: ValidationOptions): PropertyDecorator => checkedBy('isInstant', instantProblem, options);

/** A date of birth: YYYY-MM-DD, a real day, from 1900 (not in the future: the decider, which knows now). */
export const IsBirthDate = (options?: ValidationOptions): PropertyDecorator => checkedBy('isBirthDate', birthDateProblem, options);

/** A phone number as people write it in Vietnam (local, 84 or +84 forms) or any valid E.164 number. */
export const IsPhone = (options?: ValidationOptions): PropertyDecorator =>
  checkedBy(
    'isPhone',
    (value) =>
      typeof value === 'string' && value.length <= 40 && normalizePhone(value) !== null
        ? null
        : 'must be a valid phone number, e.g. 0912 345 678 or +84 912 345 678',
    options,
  );
