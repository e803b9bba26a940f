import type { GraphFact } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { DomainEvent } from '../../../platform/event-sourcing/domain-event.js';
import { streamOwner } from '../../../platform/event-sourcing/stream-owner.js';
import { PERSON_REGISTERED, PERSONS_MERGED, PersonDetails, PersonsMergedData } from '../../../persons/domain/person-events.js';
import { VENUE_REGISTERED, VenueDetails } from '../../../venues/domain/venue-events.js';
import { CHECK_IN_VOIDED, CHECKED_IN, CHECKED_OUT, CheckData, CheckInVoidedData } from '../../../check-ins/domain/check-in-events.js';
import { CONTACT_RECORDED, CONTACT_VOIDED, ContactData, ContactVoidedData } from '../../../contacts/domain/contact-events.js';
import { TEST_RESULT_RECORDED, TestResultData } from '../../../cases/domain/case-events.js';
import {
  ISOLATION_ORDERED,
  ISOLATION_RELEASED,
  IsolationOrderedData,
  IsolationReleasedData,
} from '../../../isolation/domain/isolation-events.js';

const ms = (iso: string): number => Date.parse(iso);
const msOrNull = (iso: string | null | undefined): number | null => (iso ? Date.parse(iso) : null);

/**
 * What the contact graph learns from one logged event; events it does not need give nothing. A
 * check-in's void names its person by its stream (`checkins-<personId>`), as DESIGN 2 has it.
 * Person ids are as logged: PersonMerges maps them to the person they count for.
 */
export function graphFactsOf(event: DomainEvent & { streamId: string }): GraphFact[] {
  switch (event.type) {
    case PERSON_REGISTERED:
      return [{ type: 'person', personId: (event.data as PersonDetails).personId }];
    case PERSONS_MERGED: {
      const { keptId, mergedId } = event.data as PersonsMergedData;
      return [{ type: 'merge', keptId, mergedId }];
    }
    case VENUE_REGISTERED: {
      const v = event.data as VenueDetails;
      return [{ type: 'venue', venueId: v.venueId, stayMinutes: v.defaultStayMinutes }];
    }
    case CHECKED_IN:
    case CHECKED_OUT: {
      const c = event.data as CheckData;
      const direction = event.type === CHECKED_IN ? 'in' : 'out';
      return [{ type: 'check', check: { checkInId: c.checkInId, personId: c.personId, venueId: c.venueId, direction, at: ms(c.at) } }];
    }
    case CHECK_IN_VOIDED:
      return [{ type: 'check-void', checkInId: (event.data as CheckInVoidedData).checkInId, personId: streamOwner(event.streamId) }];
    case CONTACT_VOIDED:
      return [{ type: 'contact-void', contactId: (event.data as ContactVoidedData).contactId }];
    case CONTACT_RECORDED: {
      const c = event.data as ContactData;
      return [{ type: 'contact', contact: { contactId: c.contactId, personA: c.personA, personB: c.personB, from: ms(c.from), to: ms(c.to), setting: c.setting } }];
    }
    case TEST_RESULT_RECORDED: {
      const t = event.data as TestResultData;
      return [{ type: 'test', test: { testId: t.testId, personId: t.personId, sampledAt: ms(t.sampledAt), result: t.result, symptomOnsetAt: msOrNull(t.symptomOnsetAt) } }];
    }
    case ISOLATION_ORDERED: {
      const o = event.data as IsolationOrderedData;
      return [{ type: 'isolation', order: { orderId: o.orderId, personId: o.personId, kind: o.kind, from: ms(o.from), until: msOrNull(o.until) } }];
    }
    case ISOLATION_RELEASED: {
      const r = event.data as IsolationReleasedData;
      return [{ type: 'release', orderId: r.orderId, personId: r.personId, at: ms(r.at) }];
    }
    default:
      return [];
  }
}
