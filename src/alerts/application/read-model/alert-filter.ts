import type { AlertMessage } from '../../../../libs/messaging/alert-publisher.port.js';

/** The follow-up list's filters (GET /v1/alerts); an absent one lets every alert through; a case matches any the alert names. */
export interface AlertFilter {
  personId?: string;
  caseId?: string;
  level?: number;
  acknowledged?: boolean;
}

export function matches(alert: AlertMessage, filter: AlertFilter, acknowledged: boolean): boolean {
  return (
    (filter.personId === undefined || alert.personId === filter.personId) &&
    (filter.caseId === undefined || alert.caseIds.includes(filter.caseId)) &&
    (filter.level === undefined || alert.level === filter.level) &&
    (filter.acknowledged === undefined || acknowledged === filter.acknowledged)
  );
}
