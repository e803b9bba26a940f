/**
 * Names and phone numbers of the synthetic people, derived from their numbers alone (no draw from
 * the seeded stream, so the outbreak is the same with or without them): Vietnamese names with
 * their diacritics, a household sharing its family name, and one mobile number each, written the
 * way people type them (`0912 345 678`), so that the bench's searches find what a user's would.
 */
const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Đức', 'Quang', 'Thu', 'Xuân'];
const GIVEN = [
  'An', 'Anh', 'Bình', 'Châu', 'Chi', 'Cường', 'Dũng', 'Duy', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Khoa',
  'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Nhung', 'Phúc', 'Phương', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Trung', 'Tuấn', 'Vân', 'Việt', 'Yến',
];
/** Mobile prefixes of Vietnamese networks (090, 091, ...). */
const PREFIXES = ['90', '91', '93', '94', '96', '97', '98', '86', '88', '70'];
/** 10^7 subscriber numbers; the multiplier is prime to it, so every person up to 10^7 has their own. */
const SUBSCRIBERS = 10_000_000;

/** A well-mixed 32-bit hash of a number, so neighbours do not share names. */
function mix(n: number, salt: number): number {
  let h = Math.imul(n ^ salt, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

export function personName(person: number, household: number): string {
  return `${FAMILY[mix(household, 1) % FAMILY.length]} ${MIDDLE[mix(person, 2) % MIDDLE.length]} ${GIVEN[mix(person, 3) % GIVEN.length]}`;
}

export function personPhone(person: number): string {
  const subscriber = String((person * 7_919 + 1_234_567) % SUBSCRIBERS).padStart(7, '0');
  const digits = `0${PREFIXES[person % PREFIXES.length]}${subscriber}`;
  return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
}
