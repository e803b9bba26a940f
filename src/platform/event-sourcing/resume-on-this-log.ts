import type { Logger } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import { type LogCheckpoint, logMismatch } from '../../../libs/event-store/log-identity.js';

export interface ResumePoint {
  /** Resume strictly after this position; null: from the start of the log. */
  after: bigint | null;
  /** The log's id, for the checkpoints saved from here on. */
  logId: string;
}

export interface ResumeOptions {
  store: EventStore;
  /** The subscriber's stored checkpoint, null when it has none. */
  stored: LogCheckpoint | null;
  logger: Logger;
  /** What the checkpoint belongs to, for the log line. */
  what: string;
  /** Forgets what was derived from another log; says, for the log line, what that means. */
  restart: () => Promise<string>;
}

/**
 * Where a subscriber resumes, checked against the log it is started on: its checkpoint when it
 * was written on this log, else the start of the log, after `restart` and a warning saying why.
 * Resuming another log's checkpoint would skip that log's events up to the position and mix what
 * was derived from both.
 */
export async function resumeOnThisLog(options: ResumeOptions): Promise<ResumePoint> {
  const { store, stored } = options;
  const logId = await store.logId();
  if (stored === null) return { after: null, logId };
  const why = await logMismatch(store, stored);
  if (why === null) return { after: stored.position, logId };
  const done = await options.restart();
  options.logger.warn(`${options.what}: not resuming at position ${stored.position}, because ${why}; ${done}`);
  return { after: null, logId };
}
