import type { FieldError } from '../errors.js';

/**
 * The shape any request of this API can have, far above what a valid one needs (a batch is
 * `{items: [{...}]}`, three levels) and far below what makes class-transformer overflow the stack
 * (about 3,000 levels) or makes validating one request hold the event loop for long.
 */
export const INPUT_BOUNDS = {
  /** Objects and arrays inside one another. */
  depth: 8,
  /** Entries of one array: the largest batch (DESIGN.md section 4). */
  arrayItems: 1000,
  /** Fields of one object. */
  objectKeys: 64,
} as const;

/** Keys that would reach an object's prototype if a library assigned them: refused as unknown fields. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `items[3].at`, as validation names nested fields. */
export const childField = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/**
 * Where a parsed JSON value goes beyond INPUT_BOUNDS, before any library recurses into it. The
 * walk keeps its own stack and does not enter a container that is too deep or too large, so it
 * costs at most one step per value within bounds, whatever the input.
 */
export function boundsErrors(value: unknown, root = 'body'): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; field: string; depth: number }[] = [{ value, field: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: current, field, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const name = field || root;
    if (depth >= INPUT_BOUNDS.depth) {
      errors.push({ field: name, message: `must not nest objects or lists more than ${INPUT_BOUNDS.depth} deep` });
    } else if (Array.isArray(current)) {
      if (current.length > INPUT_BOUNDS.arrayItems) errors.push({ field: name, message: `must hold at most ${INPUT_BOUNDS.arrayItems} entries` });
      else for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], field: childField(field, i), depth: depth + 1 });
    } else {
      const keys = Object.keys(current);
      if (keys.length > INPUT_BOUNDS.objectKeys) errors.push({ field: name, message: `must have at most ${INPUT_BOUNDS.objectKeys} fields` });
      else for (const key of keys.reverse()) stack.push({ value: (current as Record<string, unknown>)[key], field: childField(field, key), depth: depth + 1 });
    }
  }
  return errors;
}

/** Every prototype key at any depth of a value already within INPUT_BOUNDS, named as a field. */
export function prototypeKeyErrors(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; field: string }[] = [{ value, field: '' }];
  while (stack.length > 0) {
    const { value: current, field } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], field: childField(field, i) });
      continue;
    }
    for (const key of Object.keys(current).reverse()) {
      const child = childField(field, key);
      if (PROTOTYPE_KEYS.has(key)) errors.push({ field: child, message: `property ${key} should not exist` });
      else stack.push({ value: (current as Record<string, unknown>)[key], field: child });
    }
  }
  return errors;
}
