import type { SortKey } from '../../../platform/http/paging/cursor.js';
import type { PersonDetails } from '../../domain/person-events.js';

/** Why a group of registrations may be one human. */
export type DuplicateReason = 'phone' | 'nationalId' | 'nameAndDateOfBirth';

/** Registrations that share a phone (E.164), a national id, or a folded name and date of birth. */
export interface DuplicateGroup {
  reason: DuplicateReason;
  /** What they share: the E.164 phone, the normalized national id, or `<folded name> <date of birth>`. */
  value: string;
  /** By id; two or more. */
  persons: PersonDetails[];
}

/** The duplicates list is ordered by reason, then by what the group shares: unique per group. */
export const DUPLICATE_KEY_SHAPE = ['string', 'string'] as const;
export const duplicateKeyOf = (g: DuplicateGroup): SortKey => [g.reason, g.value];

/**
 * The groups of an index (shared value -> person ids) with two or more persons still counted on
 * their own: a person merged into another is one of the kept person's ids, not a duplicate.
 */
export function groupsOf(
  reason: DuplicateReason,
  index: ReadonlyMap<string, ReadonlySet<string>>,
  recordOf: (personId: string) => PersonDetails | undefined,
  isMerged: (personId: string) => boolean,
): DuplicateGroup[] {
  const groups: DuplicateGroup[] = [];
  for (const [value, ids] of index) {
    if (ids.size < 2) continue;
    const persons = [...ids]
      .filter((id) => !isMerged(id))
      .sort()
      .map((id) => recordOf(id))
      .filter((p): p is PersonDetails => p !== undefined);
    if (persons.length >= 2) groups.push({ reason, value, persons });
  }
  return groups;
}
