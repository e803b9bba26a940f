import { Logger } from '@nestjs/common';
import type { AlertMessage, AlertPublisher } from '../alert-publisher.port.js';

export type AlertListener = (message: AlertMessage) => void;

const DEFAULT_CAPACITY = 10_000;

/**
 * The embedded transport: an alert is delivered once it is logged and handed to the in-process
 * listeners. The most recent alerts are kept (bounded, oldest dropped first) for listeners that
 * join later; the full history stays in the event log and GET /v1/alerts.
 */
export class InProcessAlertPublisher implements AlertPublisher {
  readonly adapter = 'embedded';
  private readonly log = new Logger('ExposureAlerts');
  private readonly kept: AlertMessage[] = [];
  private readonly listeners = new Set<AlertListener>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  async publish(messages: AlertMessage[]): Promise<void> {
    for (const message of messages) {
      this.kept.push(message);
      if (this.kept.length > this.capacity) this.kept.shift();
      this.log.log(
        `alert ${message.alertId}: ${message.personId} exposed (F${message.level} of ${message.caseIds.join(', ')}) from ${message.exposedAt}`,
      );
      for (const listener of this.listeners) this.notify(listener, message);
    }
  }

  /** The kept alerts, oldest first. */
  recent(): readonly AlertMessage[] {
    return this.kept;
  }

  /** Calls `listener` with every alert published from now on; returns the way to stop. */
  listen(listener: AlertListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    return { ok: true, detail: `${this.kept.length} recent alerts kept` };
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }

  /** A failing listener is its own problem: the alert was delivered all the same. */
  private notify(listener: AlertListener, message: AlertMessage): void {
    try {
      listener(message);
    } catch (error) {
      this.log.error(`an alert listener failed on ${message.alertId}: ${String(error)}`);
    }
  }
}
