import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';

export const ISOLATION_ORDERED = 'IsolationOrdered';
export const ISOLATION_RELEASED = 'IsolationReleased';

export const ISOLATION_KINDS = ['hospital', 'centralized', 'home', 'self-monitoring'] as const;
export type IsolationKindName = (typeof ISOLATION_KINDS)[number];

export interface IsolationOrderedData {
  orderId: string;
  personId: string;
  kind: IsolationKindName;
  from: string;
  until?: string | null;
  reason: string;
  /** The person's open order this one replaced (released by supersession in the same append). */
  supersedes?: string | null;
}

export interface IsolationReleasedData {
  orderId: string;
  personId: string;
  at: string;
  /** Set when a new order for the person replaced this one: `at` is that order's from. */
  supersededBy?: string | null;
}

export type IsolationOrdered = DomainEvent<typeof ISOLATION_ORDERED, IsolationOrderedData>;
export type IsolationReleased = DomainEvent<typeof ISOLATION_RELEASED, IsolationReleasedData>;
