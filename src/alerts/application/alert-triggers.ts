import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import { CASE_CONFIRMED, CaseConfirmedData, TEST_RESULT_RECORDED, TestResultData } from '../../cases/domain/case-events.js';
import { CHECK_IN_VOIDED, CHECKED_IN, CHECKED_OUT } from '../../check-ins/domain/check-in-events.js';
import { CONTACT_RECORDED, CONTACT_VOIDED } from '../../contacts/domain/contact-events.js';
import { PERSONS_MERGED } from '../../persons/domain/person-events.js';

/**
 * Whether an event can add an exposure to an active case: a new case, a positive result (it may
 * move a window's start earlier), a scan or a recorded contact, or a void: without a wrong scan a
 * visit may last longer, and a person who drops to a later level may expose others from an
 * earlier instant. A merge joins two persons' facts, which may link either to a case. An isolation order only ends windows, so it can remove exposures but never add
 * one; it triggers nothing.
 */
export function canAddExposure(event: DomainEvent): boolean {
  switch (event.type) {
    case CASE_CONFIRMED:
    case CHECKED_IN:
    case CHECKED_OUT:
    case CONTACT_RECORDED:
    case CHECK_IN_VOIDED:
    case CONTACT_VOIDED:
    case PERSONS_MERGED:
      return true;
    case TEST_RESULT_RECORDED:
      return (event.data as TestResultData).result === 'positive';
    default:
      return false;
  }
}

/**
 * The cases whose exposures the triggers can change. A result changes only its own person's case
 * (each case's chains start from its own window), so a batch of results alone recomputes those
 * cases; a movement can reach any chain, so a batch with one recomputes every active case.
 */
export function casesToRecompute(triggers: DomainEvent[]): Set<string> | 'all' {
  const cases = new Set<string>();
  for (const event of triggers) {
    if (event.type === CASE_CONFIRMED) cases.add((event.data as CaseConfirmedData).personId);
    else if (event.type === TEST_RESULT_RECORDED) cases.add((event.data as TestResultData).personId);
    else return 'all';
  }
  return cases;
}
