import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import { NotFoundError } from '../errors.js';

const CACHE_LIMIT = 500_000;

/**
 * Whether a registration stream exists. Registrations are never undone (erasure keeps the ids),
 * so a positive answer is cached; a negative one is asked again next time.
 */
@Injectable()
export class StreamExistence {
  private readonly known = new Set<string>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async require(streamId: string, resource: string, id: string, field: string): Promise<void> {
    if (this.known.has(streamId)) return;
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw new NotFoundError(resource, id, field);
    if (this.known.size >= CACHE_LIMIT) this.known.clear();
    this.known.add(streamId);
  }
}
