/**
 * A name as a search compares it: lower case, without accents, so that "Nguyễn" and "nguyen" are
 * the same. NFD splits a letter from its diacritics, which are then dropped; đ/Đ is a letter of
 * its own (not d plus a mark), so it is mapped by hand.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
