import type { Exposure } from '../../../../libs/exposure-rules/types.js';
import { presentExposure, presentRecommendation } from '../../../exposure/api/exposure.presenter.js';
import { POLICY_2021_07, recommend } from '../../../isolation/domain/policy.js';
import type { RaiseAlert } from '../../domain/raise-alert.decider.js';

/** The alert each exposure of a case calls for: the exposure as the exposures answer shows it, and the policy's advice. */
export function alertCandidates(caseId: string, exposures: Exposure[]): RaiseAlert[] {
  return exposures.map((exposure) => {
    const { personId, level, exposedAt, via } = presentExposure(exposure);
    const advice = recommend(POLICY_2021_07, `F${level}`, exposure.lastExposedAt);
    return { caseId, personId, level, exposedAt, via, recommendation: presentRecommendation(advice) };
  });
}
