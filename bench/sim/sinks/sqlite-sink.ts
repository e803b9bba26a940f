import 'reflect-metadata';
import type { EventStore, NewEvent } from '../../../libs/event-store/event-store.port.js';
import { SqliteEventStore } from '../../../libs/event-store/sqlite/sqlite-event-store.js';
import type { Clock } from '../../../src/platform/clock.js';
import { EventStreamWriter } from '../../../src/platform/event-sourcing/event-stream-writer.js';
import { resolveId } from '../../../src/platform/event-sourcing/resolve-id.js';
import { deterministicUuid } from '../../../src/platform/ids.js';
import type { ApiItem } from '../api-items.js';
import { ServiceCommands } from './service-commands.js';
import type { Sink } from './sink.js';

/** Events held before an append; bounds memory on large provinces. */
const FLUSH_EVENTS = 500_000;
/** Streams per appendMany call: one transaction should not hold a whole day. */
const STREAMS_PER_APPEND = 5_000;

/** The simulated instant at which the service accepts each request (the events' recordedAt). */
class SimClock implements Clock {
  current = 0;
  now(): number {
    return this.current;
  }
}

/**
 * Writes the requests into a SQLite event store with the service's own deciders and envelope, so
 * the file is what the service would have logged. Independent commands are buffered and appended
 * per stream, as a gateway uploading a day of scans would: one durable commit per stream and day
 * instead of one per scan. Tests and orders go through EventStreamWriter.execute itself.
 */
export class SqliteSink implements Sink {
  /** Typed as the port: appendMany is optional there, and used when the adapter has it. */
  readonly store: EventStore;
  private readonly clock = new SimClock();
  private readonly writer: EventStreamWriter;
  private readonly commands: ServiceCommands;
  private buffered = new Map<string, NewEvent[]>();
  private count = 0;

  constructor(file: string, lookbackDays: number) {
    this.store = new SqliteEventStore({ file });
    this.writer = new EventStreamWriter(this.store, this.clock);
    this.commands = new ServiceCommands(lookbackDays);
  }

  async write(item: ApiItem): Promise<void> {
    this.clock.current = item.recordedAt;
    const c = this.commands.of(item);
    const base = { actor: 'simulator', correlationId: deterministicUuid(`simulate:${c.idKind}:${c.id}`) };
    const [, ctx] = resolveId(c.idKind, c.id, base);
    if (!c.independent) {
      await this.writer.execute(c.streamId, c.decider, c.command, ctx);
      return;
    }
    const events = this.writer.envelope(c.decider.decide(c.command, c.decider.initialState(), item.recordedAt), ctx);
    const list = this.buffered.get(c.streamId);
    if (list) list.push(...events);
    else this.buffered.set(c.streamId, events);
    this.count += events.length;
    if (this.count >= FLUSH_EVENTS) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = [...this.buffered].map(([streamId, events]) => ({ streamId, events, expected: 'any' as const }));
    this.buffered = new Map();
    this.count = 0;
    const appendMany = this.store.appendMany?.bind(this.store);
    for (let i = 0; i < batch.length; i += STREAMS_PER_APPEND) {
      const part = batch.slice(i, i + STREAMS_PER_APPEND);
      if (appendMany) {
        const failed = (await appendMany(part)).find((r) => r instanceof Error);
        if (failed) throw failed;
      } else {
        for (const p of part) await this.store.append(p.streamId, p.events, p.expected);
      }
    }
  }

  async close(): Promise<void> {
    await this.flush();
    await this.store.close();
  }
}
