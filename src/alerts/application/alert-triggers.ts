import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import { CASE_CONFIRMED, TEST_RESULT_RECORDED, TestResultData } from '../../cases/domain/case-events.js';
import { CHECKED_IN, CHECKED_OUT } from '../../check-ins/domain/check-in-events.js';
import { CONTACT_RECORDED } from '../../contacts/domain/contact-events.js';

/**
 * Whether an event can add an exposure to an active case: a new case, a positive result (it may
 * move a window's start earlier), a scan or a recorded contact. An isolation order only ends
 * windows, so it can remove exposures but never add one; it triggers nothing.
 */
export function canAddExposure(event: DomainEvent): boolean {
  switch (event.type) {
    case CASE_CONFIRMED:
    case CHECKED_IN:
    case CHECKED_OUT:
    case CONTACT_RECORDED:
      return true;
    case TEST_RESULT_RECORDED:
      return (event.data as TestResultData).result === 'positive';
    default:
      return false;
  }
}
