import type { ApiItem } from '../api-items.js';

/** Where the simulated requests go: an NDJSON file, an event store, or both. */
export interface Sink {
  write(item: ApiItem): Promise<void>;
  /** Makes everything written so far visible; called after the registrations and after each day. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export const FORMATS = ['ndjson', 'sqlite'] as const;
export type Format = (typeof FORMATS)[number];

/** Writes each item to every sink, in order. */
export class FanOut implements Sink {
  constructor(private readonly sinks: Sink[]) {}

  async write(item: ApiItem): Promise<void> {
    for (const s of this.sinks) await s.write(item);
  }

  async flush(): Promise<void> {
    for (const s of this.sinks) await s.flush();
  }

  async close(): Promise<void> {
    for (const s of this.sinks) await s.close();
  }
}
