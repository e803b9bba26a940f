/** The classifications a status or recommendation names: F0 a case, Fk exposed at level k (k ≤ MAX_DEPTH ≤ 5). */
export const CLASSIFICATIONS = ['F0', 'F1', 'F2', 'F3', 'F4', 'F5', 'none'] as const;
