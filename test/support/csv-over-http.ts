import { parse } from 'csv-parse/sync';

export const BOM = [0xef, 0xbb, 0xbf];

/** The X-Purpose the tests' exports give: an export without one is refused. */
export const EXPORT_PURPOSE = 'e2e test export';

/**
 * GET with `Accept: text/csv` and an X-Purpose (none when null): the raw bytes (to check the BOM)
 * and the rows as csv-parse reads them back.
 */
export async function getCsv(baseUrl: string, path: string, key: string, purpose: string | null = EXPORT_PURPOSE) {
  const headers: Record<string, string> = { authorization: `Bearer ${key}`, accept: 'text/csv', ...(purpose === null ? {} : { 'x-purpose': purpose }) };
  const res = await fetch(baseUrl + path, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = Buffer.from(bytes).toString('utf8');
  const ok = res.status === 200 && (res.headers.get('content-type') ?? '').startsWith('text/csv');
  const records: Record<string, string>[] = ok ? parse(text, { bom: true, columns: true }) : [];
  const header: string[] = ok ? (parse(text, { bom: true, to_line: 1 })[0] ?? []) : [];
  return { status: res.status, headers: res.headers, bytes, header, records, text };
}
