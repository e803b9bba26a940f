import { Query } from '@nestjs/cqrs';
import type { ExposureAnswer } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { Exposure } from '../../../../libs/exposure-rules/types.js';
import type { Recommendation } from '../../../isolation/domain/policy.js';
import type { PersonCard } from '../../../persons/application/read-model/person-directory.js';
import type { ExposurePageRequest } from './exposure-page.js';

export interface ExposureRow extends Exposure {
  /** An active confirmed case reached by this chain: F0 in their own right, so no recommendation. */
  confirmedCase: boolean;
  recommendation: Recommendation | null;
  /** Undefined when the caller may not see personal data; null when the person is unknown to the directory. */
  person?: PersonCard | null;
}

export interface CaseExposuresResult {
  case: ExposureAnswer['case'];
  rows: ExposureRow[];
  /** Count per level over the whole answer, not just the page. */
  summary: Record<string, number>;
  next: string | null;
  /** False when the projection did not reach the caller's position in time: the answer may lag. */
  fresh: boolean;
}

export class GetCaseExposuresQuery extends Query<CaseExposuresResult> {
  constructor(
    readonly caseId: string,
    readonly depth: number,
    readonly asOf: number | null,
    readonly minPosition: bigint | null,
    readonly page: ExposurePageRequest,
    readonly withPersonalData: boolean,
  ) {
    super();
  }
}
