import { Query } from '@nestjs/cqrs';
import type { ExposureAnswer } from '../../../../libs/contact-graph/contact-graph.port.js';

export interface CaseExposuresResult {
  answer: ExposureAnswer;
  /** False when the projection did not reach the caller's position in time: the answer may lag. */
  fresh: boolean;
}

export class GetCaseExposuresQuery extends Query<CaseExposuresResult> {
  constructor(
    readonly caseId: string,
    readonly depth: number,
    readonly asOf: number | null,
    readonly minPosition: bigint | null,
  ) {
    super();
  }
}
