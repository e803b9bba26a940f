import type { Decider } from '../../platform/event-sourcing/domain-event.js';
import { ConflictError, invalid, NotFoundError } from '../../platform/errors.js';
import { sameDetails } from '../../platform/same-details.js';
import { toIso } from '../../platform/time/instants.js';
import { assertNotInFuture } from '../../platform/time/not-in-future.js';
import { ISOLATION_ORDERED, ISOLATION_RELEASED, IsolationKindName, IsolationOrdered, IsolationOrderedData, IsolationReleased } from './isolation-events.js';
import { evolveIsolation, initialIsolationState, IsolationState, openOrderAt } from './isolation-state.js';

export interface OrderIsolation {
  orderId: string;
  personId: string;
  kind: IsolationKindName;
  from: number;
  until: number | null;
  reason: string;
}

/**
 * `until` is a planned end and may lie in the future; `from` is when the order took effect.
 * A person has at most one open order: a new one supersedes the order open at its `from`, which
 * is released at that instant (IsolationReleased with `supersededBy`, appended with the new order).
 * An order that would start before the open one's `from` is refused: release that one first.
 */
export const orderIsolation: Decider<OrderIsolation, IsolationState, IsolationOrdered | IsolationReleased> = {
  initialState: initialIsolationState,
  evolve: evolveIsolation,
  decide(command, state, now) {
    if (!state.registered) throw new NotFoundError('person', command.personId, 'personId');
    assertNotInFuture({ from: command.from }, now);
    if (command.until !== null && command.until <= command.from) throw invalid('until', 'must be after from');
    const data: IsolationOrderedData = {
      orderId: command.orderId,
      personId: command.personId,
      kind: command.kind,
      from: toIso(command.from),
      until: command.until === null ? null : toIso(command.until),
      reason: command.reason,
    };
    const existing = state.orders.get(command.orderId);
    if (existing) {
      if (sameDetails({ ...existing.order, supersedes: null }, data)) return [];
      throw new ConflictError(`isolation order ${command.orderId} already exists with other data`);
    }
    const open = openOrderAt(state, command.from);
    if (!open) return [{ type: ISOLATION_ORDERED, schemaVersion: 1, data }];
    if (Date.parse(open.from) > command.from) {
      throw new ConflictError(`person ${command.personId} has the open isolation order ${open.orderId} from ${open.from}; a new order may supersede it from then on, or release it first`);
    }
    return [
      { type: ISOLATION_RELEASED, schemaVersion: 1, data: { orderId: open.orderId, personId: command.personId, at: data.from, supersededBy: data.orderId } },
      { type: ISOLATION_ORDERED, schemaVersion: 1, data: { ...data, supersedes: open.orderId } },
    ];
  },
};
