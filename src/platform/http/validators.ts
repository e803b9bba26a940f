import { Matches, ValidateBy, ValidationOptions } from 'class-validator';
import { ID_PATTERN } from '../ids.js';
import { isInstantWithOffset } from '../time/instants.js';

export const IsId = (options?: ValidationOptions): PropertyDecorator =>
  Matches(ID_PATTERN, { message: 'must match ^[A-Za-z0-9_.:-]{1,64}$', ...options });

/** An ISO 8601 instant with an explicit offset; a local time names no instant. */
export const IsInstant = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value) => isInstantWithOffset(value),
        defaultMessage: () => 'must be an ISO 8601 time with an explicit offset, e.g. 2021-07-10T08:00:00+07:00',
      },
    },
    options,
  );
