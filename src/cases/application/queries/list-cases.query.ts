import { Query } from '@nestjs/cqrs';
import type { PersonCard } from '../../../persons/application/read-model/person-directory.js';
import type { SortKey } from '../../../platform/http/paging/cursor.js';

export interface ListCasesRequest {
  status: 'active' | 'all';
  /** The unit (administrative code) of the person, as registered. */
  unit: string | null;
  /** Confirmed at or after. */
  since: number | null;
  /** Counts per level up to this depth. */
  depth: number;
  limit: number;
  after: SortKey | null;
}

export interface CaseRow {
  personId: string;
  confirmedAt: number;
  infectiousFrom: number;
  infectiousUntil: number | null;
  active: boolean;
  /** Exposed persons per level (F1..F<depth>); null while the contact graph does not know the case yet. */
  counts: Record<string, number> | null;
  /** Undefined when the caller may not see personal data. */
  person?: PersonCard | null;
}

export interface CasePage {
  cases: CaseRow[];
  next: string | null;
  fresh: boolean;
}

export class ListCasesQuery extends Query<CasePage> {
  constructor(
    readonly request: ListCasesRequest,
    readonly withPersonalData: boolean,
    readonly minPosition: bigint | null,
  ) {
    super();
  }
}
