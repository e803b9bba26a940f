/** Up to `size` case ids spread evenly over the sorted list: the same sample on every run. */
export function sampleCases(caseIds: string[], size: number): string[] {
  const sorted = [...caseIds].sort();
  if (sorted.length <= size) return sorted;
  return Array.from({ length: size }, (_, i) => sorted[Math.floor((i * sorted.length) / size)]);
}
