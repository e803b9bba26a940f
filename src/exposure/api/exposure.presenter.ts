import type { PersonCard } from '../../persons/application/read-model/person-directory.js';
import type { CaseExposuresResult, ExposureRow } from '../application/queries/get-case-exposures.query.js';
import type { Exposure, ViaHop } from '../../../libs/exposure-rules/types.js';
import { toIso, toIsoOrNull } from '../../platform/time/instants.js';
import type { Recommendation } from '../../isolation/domain/policy.js';
import type { IsolationHistoryEntry } from '../../isolation/domain/isolation-history.js';
import type { PersonStatus } from '../application/queries/get-person-status.query.js';

/** The JSON shapes of DESIGN.md section 4: instants as UTC ISO strings. */
export function presentVia(via: ViaHop) {
  return {
    fromPersonId: via.fromPersonId,
    kind: via.kind,
    venueId: via.venueId,
    contactId: via.contactId,
    from: toIso(via.from),
    to: toIso(via.to),
  };
}

export function presentExposure(e: Exposure) {
  return { personId: e.personId, level: e.level, exposedAt: toIso(e.exposedAt), via: presentVia(e.via) };
}

/** Name, phone and unit, only where the caller may see them (the keys are absent otherwise). */
export function presentPersonCard(card: PersonCard | null | undefined) {
  if (card === undefined) return {};
  return { fullName: card?.fullName ?? null, phone: card?.phone ?? null, unit: card?.unit ?? null };
}

function presentExposureRow(row: ExposureRow) {
  return {
    personId: row.personId,
    level: row.level,
    exposedAt: toIso(row.exposedAt),
    lastExposedAt: toIso(row.lastExposedAt),
    confirmedCase: row.confirmedCase,
    via: presentVia(row.via),
    recommendation: presentRecommendation(row.recommendation),
    ...presentPersonCard(row.person),
  };
}

export function presentExposurePage(result: CaseExposuresResult) {
  return {
    case: {
      personId: result.case.personId,
      infectiousFrom: toIso(result.case.infectiousFrom),
      infectiousUntil: toIsoOrNull(result.case.infectiousUntil),
    },
    summary: result.summary,
    exposures: result.rows.map(presentExposureRow),
    next: result.next,
  };
}

function presentIsolation(o: IsolationHistoryEntry | null) {
  if (!o) return null;
  return {
    orderId: o.orderId,
    kind: o.kind,
    from: toIso(o.from),
    until: toIsoOrNull(o.until),
    reason: o.reason,
    releasedAt: toIsoOrNull(o.releasedAt),
    supersedes: o.supersedes,
    supersededBy: o.supersededBy,
  };
}

export function presentRecommendation<R extends Recommendation>(r: R | null) {
  if (!r) return null;
  return { ...r, from: toIso(r.from), until: toIsoOrNull(r.until) };
}

export function presentStatus(s: PersonStatus) {
  return {
    personId: s.personId,
    mergedInto: s.mergedInto,
    classification: s.classification,
    cases: s.cases.map((c) => ({
      caseId: c.caseId,
      level: c.level,
      exposedAt: toIso(c.exposedAt),
      lastExposedAt: toIso(c.lastExposedAt),
      via: c.via ? presentVia(c.via) : null,
    })),
    isolation: presentIsolation(s.isolation),
    isolationHistory: s.isolationHistory.map(presentIsolation),
    recommendation: presentRecommendation(s.recommendation),
    servedBy: s.servedBy,
  };
}
