import neo4j, { type Integer } from 'neo4j-driver';

/**
 * The driver sends a JS number as a Cypher FLOAT. Times and lengths are stored and compared as
 * INTEGER epoch milliseconds, so every number parameter goes through here; results come back as
 * JS numbers because the driver is built with `disableLosslessIntegers` (epoch ms fit in 2^53).
 */
export function int(value: number): Integer {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer millisecond value: ${value}`);
  return neo4j.int(value);
}

export function intOrNull(value: number | null | undefined): Integer | null {
  return value === null || value === undefined ? null : int(value);
}
