import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import { normalizePhone } from '../../platform/phone/phone-number.js';
import type { PersonDetails } from '../../persons/domain/person-events.js';

export type PersonView = ReturnType<typeof presentPerson>;

/** A person's record; the phone in its normal form (E.164) when it is a valid number. */
export function presentPerson(p: PersonDetails) {
  return {
    personId: p.personId,
    fullName: p.fullName,
    phone: p.phone ? (normalizePhone(p.phone) ?? p.phone) : null,
    nationalId: p.nationalId ?? null,
    dateOfBirth: p.dateOfBirth ?? null,
    address: p.address ?? null,
    unit: p.unit ?? null,
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
