import type { Decider } from '../../platform/event-sourcing/domain-event.js';
import { ConflictError, invalid, NotFoundError } from '../../platform/errors.js';
import { toIso } from '../../platform/time/instants.js';
import { assertNotInFuture } from '../../platform/time/not-in-future.js';
import { ISOLATION_RELEASED, IsolationReleased } from './isolation-events.js';
import { evolveIsolation, initialIsolationState, IsolationState } from './isolation-state.js';

export interface ReleaseIsolation {
  orderId: string;
  personId: string;
  at: number;
}

export const releaseIsolation: Decider<ReleaseIsolation, IsolationState, IsolationReleased> = {
  initialState: initialIsolationState,
  evolve: evolveIsolation,
  decide(command, state, now) {
    const entry = state.orders.get(command.orderId);
    if (!entry) throw new NotFoundError('isolation order', command.orderId, 'orderId');
    assertNotInFuture({ at: command.at }, now);
    if (command.at < Date.parse(entry.order.from)) throw invalid('at', 'must not be before the order took effect');
    const at = toIso(command.at);
    if (entry.release?.supersededBy) {
      throw new ConflictError(`isolation order ${command.orderId} was superseded by ${entry.release.supersededBy} at ${entry.release.at}`);
    }
    if (entry.release) {
      if (entry.release.at === at) return [];
      throw new ConflictError(`isolation order ${command.orderId} was already released at ${entry.release.at}`);
    }
    return [{ type: ISOLATION_RELEASED, schemaVersion: 1, data: { orderId: command.orderId, personId: command.personId, at } }];
  },
};
