/** How many person ids one audit record keeps; personCount says how many there were in all. */
export const AUDIT_PERSON_IDS = 100;

/** The fields that hold a person's id, in requests and answers alike (a contact names two). */
const PERSON_FIELDS = new Set(['personId', 'personA', 'personB']);

/** Deeper than any request or answer of this API nests a person's id. */
const MAX_DEPTH = 6;

export interface PeopleTouched {
  personIds: string[];
  personCount: number;
}

/**
 * The people a request named or its answer listed, in order of first appearance: the first
 * AUDIT_PERSON_IDS ids, and how many different ones there were. Found by field name (personId,
 * personA, personB) in the path parameters, the query, the body and the JSON answer, so that a
 * new route is covered without a list to keep.
 */
export function peopleTouched(...sources: unknown[]): PeopleTouched {
  const seen = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    for (const [field, inner] of Object.entries(value)) {
      if (PERSON_FIELDS.has(field) && typeof inner === 'string') seen.add(inner);
      else visit(inner, depth + 1);
    }
  };
  for (const source of sources) visit(source, 0);
  return { personIds: [...seen].slice(0, AUDIT_PERSON_IDS), personCount: seen.size };
}
