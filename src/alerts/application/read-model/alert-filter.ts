import type { AlertMessage } from '../../../../libs/messaging/alert-publisher.port.js';

/** The follow-up list's filters (GET /v1/alerts); an absent one lets every alert through; a case matches any the alert names. */
export interface AlertFilter {
  /** Every id of one human (after a merge, the kept id and the merged ones). */
  personIds?: readonly string[];
  caseId?: string;
  level?: number;
  acknowledged?: boolean;
}

export function matches(alert: AlertMessage, filter: AlertFilter, acknowledged: boolean): boolean {
  return (
    (filter.personIds === undefined || filter.personIds.includes(alert.personId)) &&
    (filter.caseId === undefined || alert.caseIds.includes(filter.caseId)) &&
    (filter.level === undefined || alert.level === filter.level) &&
    (filter.acknowledged === undefined || acknowledged === filter.acknowledged)
  );
}
