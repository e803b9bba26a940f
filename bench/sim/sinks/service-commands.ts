import { recordTestResult } from '../../../src/cases/domain/record-test-result.decider.js';
import { checkInStream } from '../../../src/check-ins/domain/check-in-events.js';
import { recordCheck } from '../../../src/check-ins/domain/record-check.decider.js';
import { contactStream } from '../../../src/contacts/domain/contact-events.js';
import { recordContact } from '../../../src/contacts/domain/record-contact.decider.js';
import { orderIsolation } from '../../../src/isolation/domain/order-isolation.decider.js';
import { personStream } from '../../../src/persons/domain/person-events.js';
import { registerPerson } from '../../../src/persons/domain/register-person.decider.js';
import type { Decider } from '../../../src/platform/event-sourcing/domain-event.js';
import { normalizePhone } from '../../../src/platform/phone/phone-number.js';
import { parseInstant } from '../../../src/platform/time/instants.js';
import { registerVenue } from '../../../src/venues/domain/register-venue.decider.js';
import { venueStream } from '../../../src/venues/domain/venue-events.js';
import type { ApiItem } from '../api-items.js';

/** A request as the service's command handler would run it: which stream, which decider, which command. */
export interface ServiceCommand {
  streamId: string;
  /** What the handler passes to resolveId, from which the event ids are derived. */
  idKind: string;
  id: string;
  decider: Decider<unknown, unknown>;
  command: unknown;
  /**
   * True when deciding against an empty stream gives what the service would: registrations and
   * contacts open streams of their own, and a check's decision only looks for its own checkInId,
   * which the simulator never repeats. Tests and orders depend on the person's stream.
   */
  independent: boolean;
}

const command = <C, S>(
  streamId: string,
  idKind: string,
  id: string,
  decider: Decider<C, S>,
  cmd: C,
  independent = true,
): ServiceCommand => ({ streamId, idKind, id, decider: decider as unknown as Decider<unknown, unknown>, command: cmd, independent });

/** Maps API bodies to commands the way the controllers and handlers of src/ do. */
export class ServiceCommands {
  private readonly recordTest;

  constructor(lookbackDays: number) {
    this.recordTest = recordTestResult(lookbackDays);
  }

  of(item: ApiItem): ServiceCommand {
    const b = item.body as Record<string, string | number | undefined>;
    const s = (key: string): string => b[key] as string;
    const ms = (key: string): number => parseInstant(s(key));
    const msOrNull = (key: string): number | null => (b[key] === undefined ? null : ms(key));
    switch (item.kind) {
      case 'person':
        return command(personStream(s('personId')), 'person', s('personId'), registerPerson, {
          personId: s('personId'), fullName: s('fullName'), phone: normalizePhone(s('phone')) ?? undefined, address: s('address'), unit: s('unit'),
        });
      case 'venue':
        return command(venueStream(s('venueId')), 'venue', s('venueId'), registerVenue, {
          venueId: s('venueId'), name: s('name'), address: s('address'), kind: s('kind') as 'market', defaultStayMinutes: b.defaultStayMinutes as number,
        });
      case 'check-in':
        return command(checkInStream(s('personId')), 'check-in', s('checkInId'), recordCheck, {
          checkInId: s('checkInId'), personId: s('personId'), venueId: s('venueId'), direction: s('direction') as 'in', at: ms('at'), source: s('source') as 'qr',
        });
      case 'contact':
        return command(contactStream(s('contactId')), 'contact', s('contactId'), recordContact, {
          contactId: s('contactId'), personA: s('personA'), personB: s('personB'), from: ms('from'), to: ms('to'), setting: s('setting') as 'household', source: s('source'),
        });
      case 'test-result':
        return command(personStream(s('personId')), 'test', s('testId'), this.recordTest, {
          testId: s('testId'), personId: s('personId'), sampledAt: ms('sampledAt'), result: s('result') as 'positive', method: s('method') as 'pcr', symptomOnsetAt: msOrNull('symptomOnsetAt'),
        }, false);
      case 'isolation-order':
        return command(personStream(s('personId')), 'isolation-order', s('orderId'), orderIsolation, {
          orderId: s('orderId'), personId: s('personId'), kind: s('kind') as 'home', from: ms('from'), until: msOrNull('until'), reason: s('reason'),
        }, false);
    }
  }
}
