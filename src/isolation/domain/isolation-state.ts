import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import { PERSON_REGISTERED } from '../../persons/domain/person-events.js';
import {
  ISOLATION_ORDERED,
  ISOLATION_RELEASED,
  IsolationOrderedData,
  IsolationReleasedData,
} from './isolation-events.js';

export interface IsolationState {
  registered: boolean;
  orders: Map<string, { order: IsolationOrderedData; release: IsolationReleasedData | null }>;
}

export const initialIsolationState = (): IsolationState => ({ registered: false, orders: new Map() });

export function evolveIsolation(state: IsolationState, event: DomainEvent): IsolationState {
  if (event.type === PERSON_REGISTERED) state.registered = true;
  if (event.type === ISOLATION_ORDERED) {
    const order = event.data as IsolationOrderedData;
    state.orders.set(order.orderId, { order, release: null });
  }
  if (event.type === ISOLATION_RELEASED) {
    const release = event.data as IsolationReleasedData;
    const entry = state.orders.get(release.orderId);
    if (entry) entry.release = release;
  }
  return state;
}

/**
 * The order open at `at` (or starting later, not yet released): not released, and its planned
 * end, if any, not passed. There is at most one, since each new order supersedes it.
 */
export function openOrderAt(state: IsolationState, at: number): IsolationOrderedData | null {
  for (const { order, release } of state.orders.values()) {
    if (release === null && (order.until == null || Date.parse(order.until) > at)) return order;
  }
  return null;
}
