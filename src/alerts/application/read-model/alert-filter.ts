import type { AlertMessage } from '../../../../libs/messaging/alert-publisher.port.js';

/** The follow-up list's filters (GET /v1/alerts); an absent one lets every alert through. */
export interface AlertFilter {
  personId?: string;
  caseId?: string;
  level?: number;
  acknowledged?: boolean;
}

/** The case ids an alert names: `caseIds` in per-person alerts, `caseId` in the earlier per-case ones. */
export function caseIdsOf(alert: AlertMessage & { caseIds?: string[] }): string[] {
  return alert.caseIds ?? [alert.caseId];
}

export function matches(alert: AlertMessage, filter: AlertFilter, acknowledged: boolean): boolean {
  return (
    (filter.personId === undefined || alert.personId === filter.personId) &&
    (filter.caseId === undefined || caseIdsOf(alert).includes(filter.caseId)) &&
    (filter.level === undefined || alert.level === filter.level) &&
    (filter.acknowledged === undefined || acknowledged === filter.acknowledged)
  );
}
