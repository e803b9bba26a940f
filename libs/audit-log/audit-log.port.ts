/**
 * What one request did, as the audit trail keeps it: who (the key's id and role, never the key),
 * why (the purpose the caller gave), what (the operation and the people it touched) and when.
 */
export interface AuditEntry {
  /** Epoch milliseconds, from the service's clock. */
  at: number;
  /** `role:<fingerprint>`: names the API key without revealing it. */
  actor: string;
  role: string;
  /** The caller's X-Purpose, when given (always, for an export). */
  purpose: string | null;
  method: string;
  /** The route pattern, e.g. `/v1/persons/:personId`: the operation, without values a query may hold. */
  route: string;
  /** The answer's HTTP status. */
  status: number;
  /** The first AUDIT_PERSON_IDS people the request named or the answer listed. */
  personIds: string[];
  /** How many different people that was in all (personIds may hold fewer). */
  personCount: number;
}

/** An entry as stored: its place in the log, and its link in the hash chain. */
export interface AuditRecord extends AuditEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  actor?: string;
  personId?: string;
  /** Epoch milliseconds, inclusive. */
  from?: number;
  to?: number;
}

/** A page of the audit trail, newest first: the records older than `before` (exclusive). */
export interface AuditPageRequest {
  /** The seq of the last record of the previous page; null: from the newest. */
  before: number | null;
  limit: number;
}

/** What a check of the hash chain found: `brokenAt` is the first record that does not fit, or null. */
export interface ChainCheck {
  ok: boolean;
  records: number;
  head: { seq: number; hash: string } | null;
  brokenAt: number | null;
}

/**
 * The audit trail: append and read, nothing else. An adapter keeps what was appended for good
 * (the service cannot rewrite it) and chains each record to the previous one, so that an edit
 * made outside the service shows in verify().
 */
export interface AuditLog {
  readonly adapter: string;
  /** Durable once resolved. */
  append(entry: AuditEntry): Promise<AuditRecord>;
  /** Newest first. */
  read(filter: AuditFilter, page: AuditPageRequest): Promise<AuditRecord[]>;
  verify(): Promise<ChainCheck>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}

export const AUDIT_LOG = Symbol('AUDIT_LOG');
