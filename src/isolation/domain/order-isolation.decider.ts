import type { Decider } from '../../platform/event-sourcing/domain-event.js';
import { ConflictError, invalid, NotFoundError } from '../../platform/errors.js';
import { sameDetails } from '../../platform/same-details.js';
import { toIso } from '../../platform/time/instants.js';
import { assertNotInFuture } from '../../platform/time/not-in-future.js';
import { ISOLATION_ORDERED, IsolationKindName, IsolationOrdered, IsolationOrderedData } from './isolation-events.js';
import { evolveIsolation, initialIsolationState, IsolationState } from './isolation-state.js';

export interface OrderIsolation {
  orderId: string;
  personId: string;
  kind: IsolationKindName;
  from: number;
  until: number | null;
  reason: string;
}

/** `until` is a planned end and may lie in the future; `from` is when the order took effect. */
export const orderIsolation: Decider<OrderIsolation, IsolationState, IsolationOrdered> = {
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
      if (sameDetails(existing.order, data)) return [];
      throw new ConflictError(`isolation order ${command.orderId} already exists with other data`);
    }
    return [{ type: ISOLATION_ORDERED, schemaVersion: 1, data }];
  },
};
