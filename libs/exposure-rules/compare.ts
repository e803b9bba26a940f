/**
 * Plain code-unit string order. localeCompare depends on the runtime's ICU data and locale,
 * and the Cypher adapter compares strings by code unit too: every ordering here must match it.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
