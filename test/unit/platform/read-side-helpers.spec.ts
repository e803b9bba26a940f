import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { decodeCursor } from '../../../src/platform/http/paging/cursor.js';
import { pageOf, type Page } from '../../../src/platform/http/paging/page.js';
import type { CsvColumn } from '../../../src/platform/http/csv/csv-column.js';
import { toCsv } from '../../../src/platform/http/csv/to-csv.js';
import { foldForSearch } from '../../../src/platform/text/fold-for-search.js';
import { localDateTime } from '../../../src/platform/time/local-time.js';

describe('foldForSearch', () => {
  it('drops case and every Vietnamese diacritic, đ included', () => {
    expect(foldForSearch('Nguyễn Thị Ánh  Tuyết')).toBe('nguyen thi anh tuyet');
    expect(foldForSearch('ĐẶNG đức Dũng')).toBe('dang duc dung');
    expect(foldForSearch('Phạm Ngọc Thạch, Quận 3')).toBe('pham ngoc thach, quan 3');
  });

  it('gives the same form for a name written precomposed (NFC) or decomposed (NFD)', () => {
    expect(foldForSearch('Nguyễn'.normalize('NFD'))).toBe(foldForSearch('Nguyễn'.normalize('NFC')));
  });
});

describe('localDateTime', () => {
  it('gives the wall-clock time in the zone, across midnight', () => {
    expect(localDateTime('2021-07-10T01:00:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('2021-07-10 08:00:00');
    expect(localDateTime(Date.parse('2021-07-10T20:30:15Z'), 'Asia/Ho_Chi_Minh')).toBe('2021-07-11 03:30:15');
    expect(localDateTime('2021-07-10T00:00:00Z', 'UTC')).toBe('2021-07-10 00:00:00');
  });
});

describe('toCsv', () => {
  type Row = { id: string; name: string; at: string | null };
  const columns: CsvColumn<Row>[] = [
    { header: 'id', value: (r) => r.id },
    { header: 'name', value: (r) => r.name, text: true, personal: true },
    { header: 'at', value: (r) => r.at, instant: true },
  ];
  const rows = [
    { id: 'P1', name: 'Nguyễn, "An"', at: '2021-07-10T01:00:00.000Z' },
    { id: 'P2', name: '@SUM(A1)', at: null },
  ];

  it('starts with a BOM, ends lines with CRLF, and reads back to the same cells', () => {
    const csv = toCsv(rows, columns, { timeZone: 'Asia/Ho_Chi_Minh', personal: true });
    expect(csv.startsWith('\ufeffid,name,at,at (Asia/Ho_Chi_Minh)\r\n')).toBe(true);
    expect(parse(csv, { bom: true, columns: true })).toEqual([
      { id: 'P1', name: 'Nguyễn, "An"', at: '2021-07-10T01:00:00.000Z', 'at (Asia/Ho_Chi_Minh)': '2021-07-10 08:00:00' },
      { id: 'P2', name: "'@SUM(A1)", at: '', 'at (Asia/Ho_Chi_Minh)': '' },
    ]);
  });

  it('leaves out personal columns for a caller who may not see them', () => {
    const csv = toCsv(rows, columns, { timeZone: 'UTC', personal: false });
    expect(parse(csv, { bom: true })[0]).toEqual(['id', 'at', 'at (UTC)']);
    expect(csv).not.toContain('Nguyễn');
  });
});

describe('pageOf', () => {
  it('reading every page gives every kept row once, in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 500 })), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 }), (values, limit, mod) => {
        const sorted = [...values].sort((a, b) => a - b);
        const keep = (v: number) => v % mod === 0;
        const seen: number[] = [];
        let cursor: string | null = null;
        for (let pages = 0; pages <= sorted.length + 1; pages++) {
          const page: Page<number> = pageOf(sorted, { keyOf: (v) => [v] }, decodeCursor(cursor ?? undefined, 'cursor', ['number']), limit, keep);
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items);
          cursor = page.next;
          if (!cursor) break;
        }
        expect(seen).toEqual(sorted.filter(keep));
      }),
    );
  });

  it('refuses a cursor of another shape', () => {
    expect(() => decodeCursor(Buffer.from('["a"]').toString('base64url'), 'cursor', ['string', 'string'])).toThrow(/cursor/);
    expect(() => decodeCursor(Buffer.from('[1,"a"]').toString('base64url'), 'cursor', ['string', 'string'])).toThrow(/cursor/);
    expect(() => decodeCursor('%%%', 'cursor', ['string', 'string'])).toThrow(/cursor/);
  });
});
