/** Rejections the domain and application raise; the HTTP layer turns them into problem details. */

export interface FieldError {
  field: string;
  message: string;
}

export class InvalidInputError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'InvalidInputError';
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
    readonly field?: string,
  ) {
    super(`${resource} ${id} does not exist`);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ConflictError';
  }
}

/**
 * Valid input the service would not keep or use: it lies beyond a window that a setting defines
 * (422). Names the setting and the cut-off, so the caller knows why and where the line is.
 */
export class OutsideWindowError extends Error {
  constructor(
    readonly setting: string,
    readonly cutoff: number,
    detail: string,
    readonly errors: FieldError[],
  ) {
    super(detail);
    this.name = 'OutsideWindowError';
  }
}

export class UnavailableError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'UnavailableError';
  }
}

export function invalid(field: string, message: string): InvalidInputError {
  return new InvalidInputError([{ field, message }]);
}
