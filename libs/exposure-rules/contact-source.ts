import type { IsolationOrder, RecordedContact, Visit } from './types.js';

/**
 * A read-only view of the facts around a person. The exposure search asks only for the
 * neighbourhood of the chain it is building, so an index can answer without scanning a province.
 */
export interface ContactSource {
  visitsOf(personId: string): readonly Visit[];
  /** Visits at the venue whose interval intersects [from, to] (closed). */
  visitsAt(venueId: string, from: number, to: number): readonly Visit[];
  contactsOf(personId: string): readonly RecordedContact[];
  ordersOf(personId: string): readonly IsolationOrder[];
}
