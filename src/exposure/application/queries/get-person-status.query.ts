import { Query } from '@nestjs/cqrs';
import type { IsolationView } from '../../../../libs/contact-graph/contact-graph.port.js';
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
  classification: Classification;
  cases: CaseLink[];
  isolation: IsolationView | null;
  recommendation: Recommendation | null;
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
