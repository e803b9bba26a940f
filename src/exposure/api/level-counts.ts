/** Counts per level, keyed F1, F2, … up to the depth asked for: an object whose keys depend on the request. */
export const LEVEL_COUNTS_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'integer', minimum: 0 },
  example: { F1: 3, F2: 7, F3: 0 },
} as const;
