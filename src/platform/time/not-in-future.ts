import { FieldError, InvalidInputError } from '../errors.js';
import { FUTURE_TOLERANCE_MS } from './instants.js';

/** DESIGN.md section 2: a time more than 5 minutes in the future is refused. */
export function assertNotInFuture(times: Record<string, number | null | undefined>, now: number): void {
  const errors: FieldError[] = [];
  for (const [field, at] of Object.entries(times)) {
    if (at !== null && at !== undefined && at > now + FUTURE_TOLERANCE_MS) {
      errors.push({ field, message: 'must not be more than 5 minutes in the future' });
    }
  }
  if (errors.length > 0) throw new InvalidInputError(errors);
}
