import type {
  CheckEvent,
  Exposure,
  IsolationOrder,
  RecordedContact,
  TestResult,
} from '../exposure-rules/types.js';
import type { LogCheckpoint, LogIdentity } from '../event-store/log-identity.js';

/** Facts the contact graph keeps, derived from the log by the projection. */
export type GraphFact =
  | { type: 'venue'; venueId: string; stayMinutes: number }
  | { type: 'person'; personId: string }
  | { type: 'check'; check: CheckEvent }
  | { type: 'contact'; contact: RecordedContact }
  | { type: 'test'; test: TestResult }
  | { type: 'isolation'; order: IsolationOrder }
  | { type: 'release'; orderId: string; personId: string; at: number }
  /**
   * Corrections (CheckInVoided, ContactVoided): the fact stops counting anywhere, and its visits
   * are derived again as if it never came. A void of a fact the graph does not hold changes
   * nothing; a voided fact applied again stays voided.
   */
  | { type: 'check-void'; checkInId: string; personId: string }
  | { type: 'contact-void'; contactId: string }
  /**
   * PersonsMerged: every fact held for `mergedId` counts for `keptId` from now on (its visits are
   * derived again from the union of both persons' checks; a contact between the two becomes a
   * self-contact, which exposes nobody). The graph keeps the pair for `merges()`; facts that name
   * the merged id later are mapped to the kept one before the graph sees them (PersonMerges).
   */
  | { type: 'merge'; keptId: string; mergedId: string };

/** One merge the graph holds: `mergedId`'s facts count for `keptId`. */
export interface MergedPair {
  mergedId: string;
  keptId: string;
}

export interface CaseInfo {
  personId: string;
  infectiousFrom: number;
  /** When the first positive result was sampled (the case's confirmation evidence). */
  firstPositiveSampledAt: number;
}

export interface ExposureAnswer {
  case: CaseInfo & { infectiousUntil: number | null };
  exposures: Exposure[];
}

export interface IsolationView extends IsolationOrder {
  releasedAt: number | null;
}

export interface ContactGraph {
  readonly adapter: string;
  init(): Promise<void>;
  close(): Promise<void>;
  /** Global log position of the last applied batch; null before the first. */
  position(): Promise<bigint | null>;
  /** The position of the last applied batch and the identity of the log there; null before the first. */
  checkpoint(): Promise<LogCheckpoint | null>;
  /**
   * Applies facts and records `position`, with the identity of the log there when given, in one
   * atomic step. Applying a fact that is already there (same check, contact, test or order id)
   * changes nothing.
   */
  apply(facts: GraphFact[], position: bigint, log?: LogIdentity): Promise<void>;
  /** Retention: drops check events and recorded contacts that happened before `cutoff`. */
  forgetBefore(cutoff: number): Promise<void>;
  /** Drops every fact and the checkpoint, for a rebuild. */
  clear(): Promise<void>;
  caseOf(personId: string): Promise<CaseInfo | null>;
  /** Confirmed cases whose infectious window began at or after `since`. */
  casesSince(since: number): Promise<CaseInfo[]>;
  exposures(caseId: string, depth: number, now: number): Promise<ExposureAnswer | null>;
  isolationOrdersOf(personId: string): Promise<IsolationView[]>;
  /**
   * The person a check event belongs to (voided or not), or null when the graph does not hold it:
   * never recorded, or forgotten by retention.
   */
  checkOwner(checkInId: string): Promise<string | null>;
  /** The person an isolation order belongs to, or null when the order is unknown. */
  orderOwner(orderId: string): Promise<string | null>;
  /** Every merge applied (ids as the merge fact named them), so that a projection resuming on this graph maps ids as it did. */
  merges(): Promise<MergedPair[]>;
  health(): Promise<{ ok: boolean; detail?: string }>;
}

export const CONTACT_GRAPH = Symbol('CONTACT_GRAPH');
