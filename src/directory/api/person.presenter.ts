import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import { normalizePhone } from '../../platform/phone/phone-number.js';
import type { PersonDetails } from '../../persons/domain/person-events.js';

export type PersonView = ReturnType<typeof presentPerson>;

/**
 * A person's record; the phone in its normal form (E.164) when it is a valid number; `mergedInto`
 * the id this registration was merged into (PersonsMerged), if it was.
 */
export function presentPerson(p: PersonDetails, mergedInto: string | null = null) {
  return {
    personId: p.personId,
    fullName: p.fullName,
    phone: p.phone ? (normalizePhone(p.phone) ?? p.phone) : null,
    nationalId: p.nationalId ?? null,
    dateOfBirth: p.dateOfBirth ?? null,
    address: p.address ?? null,
    unit: p.unit ?? null,
    mergedInto,
  };
}

export const PERSON_COLUMNS: CsvColumn<PersonView>[] = [
  { header: 'personId', value: (p) => p.personId },
  { header: 'fullName', value: (p) => p.fullName, text: true, personal: true },
  { header: 'phone', value: (p) => p.phone, personal: true },
  { header: 'nationalId', value: (p) => p.nationalId, personal: true },
  { header: 'dateOfBirth', value: (p) => p.dateOfBirth, personal: true },
  { header: 'address', value: (p) => p.address, text: true, personal: true },
  { header: 'unit', value: (p) => p.unit, text: true, personal: true },
];

/** A row of the duplicates CSV: one person of a group, with what the group shares. */
export type DuplicateRow = PersonView & { reason: string; value: string };

export const DUPLICATE_COLUMNS: CsvColumn<DuplicateRow>[] = [
  { header: 'reason', value: (r) => r.reason },
  { header: 'value', value: (r) => r.value, text: true, personal: true },
  ...(PERSON_COLUMNS as CsvColumn<DuplicateRow>[]),
];
