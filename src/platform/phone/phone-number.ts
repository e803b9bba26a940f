import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
// The full metadata (mobile and landline ranges), as the package's ES module rather than raw JSON.
import metadata from 'libphonenumber-js/metadata.max';

/**
 * One normal form (E.164) for a phone number as people write it in Vietnam: `0912 345 678`,
 * `+84912345678` and `84912345678` are the same number. Null when it is not a valid number, so
 * "not a phone" never reaches the log and a search never matches by accident.
 */
export function normalizePhone(raw: string): string | null {
  const text = raw.trim();
  if (!/^[+(0-9][0-9 .()+-]*$/.test(text)) return null;
  const digits = text.replace(/[^0-9+]/g, '');
  const candidates = digits.startsWith('+') ? [digits] : digits.startsWith('84') ? [`+${digits}`, digits] : [digits];
  for (const candidate of candidates) {
    const parsed = parsePhoneNumberFromString(candidate, 'VN', metadata);
    if (parsed?.isValid()) return parsed.number;
  }
  return null;
}
