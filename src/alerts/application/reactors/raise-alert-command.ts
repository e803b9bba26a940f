import { presentRecommendation, presentVia } from '../../../exposure/api/exposure.presenter.js';
import { POLICY_2021_07, recommend } from '../../../isolation/domain/policy.js';
import { toIso } from '../../../platform/time/instants.js';
import type { PersonClassification } from '../../domain/person-classification.js';
import type { RaiseAlert } from '../../domain/raise-alert.decider.js';

/** The alert a classification calls for, as the exposures answer shows it, with the policy's advice counted from the last exposure. */
export function raiseAlertCommand(c: PersonClassification): RaiseAlert {
  const advice = recommend(POLICY_2021_07, `F${c.level}`, c.lastExposedAt);
  return {
    personId: c.personId,
    level: c.level,
    caseIds: c.caseIds,
    exposedAt: toIso(c.exposedAt),
    lastExposedAt: toIso(c.lastExposedAt),
    via: presentVia(c.via),
    recommendation: presentRecommendation(advice),
  };
}
