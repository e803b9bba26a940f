import { presentPersonCard } from '../../exposure/api/exposure.presenter.js';
import { toIso, toIsoOrNull } from '../../platform/time/instants.js';
import type { CasePage } from '../application/queries/list-cases.query.js';

export function presentCasePage(page: CasePage) {
  return {
    cases: page.cases.map((c) => ({
      personId: c.personId,
      confirmedAt: toIso(c.confirmedAt),
      infectiousFrom: toIso(c.infectiousFrom),
      infectiousUntil: toIsoOrNull(c.infectiousUntil),
      active: c.active,
      counts: c.counts,
      ...presentPersonCard(c.person),
    })),
    next: page.next,
  };
}
