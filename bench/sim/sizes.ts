/** The province sizes of the benchmark issue; XS exists for the smoke test. */
export const SIZE_NAMES = ['XS', 'S', 'M', 'L'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

export interface SizeSpec {
  persons: number;
  days: number;
  /** People infected in the days before the simulation starts (1.5%: an outbreak under way). */
  indexCases: number;
}

export const SIZES: Record<SizeName, SizeSpec> = {
  XS: { persons: 500, days: 3, indexCases: 30 },
  S: { persons: 10_000, days: 7, indexCases: 150 },
  M: { persons: 100_000, days: 14, indexCases: 1_500 },
  L: { persons: 1_000_000, days: 14, indexCases: 15_000 },
};

export function sizeNamed(name: string): SizeName {
  const upper = name.toUpperCase();
  if (!(SIZE_NAMES as readonly string[]).includes(upper)) throw new Error(`unknown size ${name}: one of ${SIZE_NAMES.join(', ')}`);
  return upper as SizeName;
}
