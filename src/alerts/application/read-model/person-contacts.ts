import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../../libs/event-store/event-store.port.js';
import { PERSON_REGISTERED, personStream } from '../../../persons/domain/person-events.js';
import type { PersonDetails } from '../../../persons/domain/person-events.js';

export interface PersonContact {
  fullName: string | null;
  phone: string | null;
}

/**
 * Who to call for each person of a call list, read from their own streams when the list is asked
 * for (a page holds at most a thousand people), so the details are never copied into a read model
 * that erasure would have to reach.
 */
@Injectable()
export class PersonContacts {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async of(personIds: readonly string[]): Promise<Map<string, PersonContact>> {
    const ids = [...new Set(personIds)];
    const streams = await Promise.all(ids.map((id) => this.store.readStream(personStream(id))));
    const contacts = new Map<string, PersonContact>();
    ids.forEach((id, i) => {
      const registered = streams[i].filter((e) => e.type === PERSON_REGISTERED).pop();
      const details = registered?.data as unknown as PersonDetails | undefined;
      contacts.set(id, { fullName: details?.fullName ?? null, phone: details?.phone ?? null });
    });
    return contacts;
  }
}
