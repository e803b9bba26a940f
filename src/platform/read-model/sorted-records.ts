import { compareKeys, type SortKey } from '../http/paging/cursor.js';

/**
 * Records by id, also kept in the order a list shows them (by `keyOf`, unique). The order is
 * sorted again only after a change, so that paging through a list that is not changing costs a
 * binary search per page.
 */
export class SortedRecords<T> {
  private readonly byId = new Map<string, T>();
  private ordered: T[] | null = [];

  constructor(readonly keyOf: (record: T) => SortKey) {}

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  put(id: string, record: T): void {
    this.byId.set(id, record);
    this.ordered = null;
  }

  delete(id: string): void {
    if (this.byId.delete(id)) this.ordered = null;
  }

  sorted(): readonly T[] {
    if (this.ordered === null) {
      // Each key computed once, not once per comparison.
      const keyed = [...this.byId.values()].map((record) => ({ record, key: this.keyOf(record) }));
      this.ordered = keyed.sort((a, b) => compareKeys(a.key, b.key)).map((k) => k.record);
    }
    return this.ordered;
  }
}
