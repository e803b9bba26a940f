import { Query } from '@nestjs/cqrs';
import type { IsolationHistoryEntry } from '../../../isolation/domain/isolation-history.js';
import type { ViaHop } from '../../../../libs/exposure-rules/types.js';
import type { Classification, Recommendation } from '../../../isolation/domain/policy.js';

export interface CaseLink {
  caseId: string;
  level: number;
  exposedAt: number;
  /** When the isolation period counts from (the case's own infectiousFrom for level 0). */
  lastExposedAt: number;
  via: ViaHop | null;
}

export interface PersonStatus {
  personId: string;
  /** The id this person was merged into (whose status this is), or null. */
  mergedInto: string | null;
  classification: Classification;
  cases: CaseLink[];
  /** The order in force now. */
  isolation: IsolationHistoryEntry | null;
  /** Every order of the person, oldest first. */
  isolationHistory: IsolationHistoryEntry[];
  /** The policy's advice, with the orders that overlapped its period; null when none or when served. */
  recommendation: (Recommendation & { orders: string[] }) | null;
  /** The finished order that served the recommendation for the current classification, if one did. */
  servedBy: string | null;
  fresh: boolean;
}

export class GetPersonStatusQuery extends Query<PersonStatus> {
  constructor(
    readonly personId: string,
    readonly minPosition: bigint | null,
  ) {
    super();
  }
}
