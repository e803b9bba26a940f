import { Inject, Injectable } from '@nestjs/common';
import { concat, filter, from, Observable, Subject } from 'rxjs';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import type { AlertMessage } from '../../../../libs/messaging/alert-publisher.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { InMemoryReadModel } from '../../../platform/event-sourcing/in-memory-read-model.js';
import { alertMessageOf, isAlertRaised } from '../alert-message.js';
import { Acknowledgement, acknowledgementOf, isAlertAcknowledged } from './acknowledgement.js';
import { AlertFilter, matches } from './alert-filter.js';
import { firstAfter } from './first-after.js';

/** An alert as the follow-up list shows it: with its acknowledgement, null while nobody has. */
export type ListedAlert = AlertMessage & { acknowledgement: Acknowledgement | null };

export interface AlertPage {
  alerts: ListedAlert[];
  /** False when the feed did not catch up with the log in time: the page may miss the newest alerts. */
  fresh: boolean;
}

/**
 * The alerts read model: every ExposureAlertRaised of the log in position order, with the
 * AlertAcknowledged of each, in memory and rebuilt from the log at start (like the embedded graph).
 * Events are recognised by type, not by stream, so alerts of earlier logs (schemaVersion 1, in
 * `alerts-<caseId>`) and alerts about people (in `alerted-<personId>`) are alike. It answers pages
 * by cursor (the log position), filtered, follows new alerts for server-sent events, and tells the
 * reactor the closest level each person was alerted at.
 */
@Injectable()
export class AlertFeed extends InMemoryReadModel {
  private readonly alerts: AlertMessage[] = [];
  private readonly byId = new Map<string, AlertMessage>();
  /** Per person and per case, in position order: a filtered page reads only its own alerts. */
  private readonly byPerson = new Map<string, AlertMessage[]>();
  private readonly byCase = new Map<string, AlertMessage[]>();
  private readonly closestLevel = new Map<string, number>();
  private readonly acknowledgements = new Map<string, Acknowledgement>();
  private readonly live = new Subject<AlertMessage>();

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super('projection:alert-feed', store, config.readYourWritesTimeoutMs);
  }

  /** Ends the open event streams first, so that the HTTP server is not kept waiting for them. */
  override async beforeApplicationShutdown(): Promise<void> {
    this.live.complete();
    await super.beforeApplicationShutdown();
  }

  /** Alerts strictly after `since`, oldest first, once the feed has caught up with the log (bounded). */
  async page(since: bigint | null, limit: number, filter: AlertFilter = {}): Promise<AlertPage> {
    const fresh = await this.catchUp();
    const candidates = this.candidates(filter);
    const alerts: ListedAlert[] = [];
    for (let i = firstAfter(candidates, since); i < candidates.length && alerts.length < limit; i++) {
      const acknowledgement = this.acknowledgements.get(candidates[i].alertId) ?? null;
      if (matches(candidates[i], filter, acknowledgement !== null)) alerts.push({ ...candidates[i], acknowledgement });
    }
    return { alerts, fresh };
  }

  /** The alert with this id once the feed has caught up with the log (or `position`); null when unknown. */
  async find(alertId: string, position: bigint | null = null): Promise<ListedAlert | null> {
    await this.catchUp(position);
    const alert = this.byId.get(alertId);
    return alert ? { ...alert, acknowledgement: this.acknowledgements.get(alertId) ?? null } : null;
  }

  /** The closest level (1 is closer than 2) the person was alerted at in the alerts applied so far; null when none. */
  closestAlertedLevel(personId: string): number | null {
    return this.closestLevel.get(personId) ?? null;
  }

  private candidates(filter: AlertFilter): readonly AlertMessage[] {
    if (filter.personIds !== undefined) {
      const lists = filter.personIds.map((id) => this.byPerson.get(id) ?? []);
      if (lists.length === 1) return lists[0];
      return lists.flat().sort((a, b) => (BigInt(a.position) < BigInt(b.position) ? -1 : 1));
    }
    if (filter.caseId !== undefined) return this.byCase.get(filter.caseId) ?? [];
    return this.alerts;
  }

  /**
   * Where a stream that asks for no history starts: after the log head when it connects, so it
   * gets exactly the alerts raised from then on (also those the feed has not applied yet). With
   * the log unreachable, after what the feed holds.
   */
  async liveEnd(): Promise<bigint | null> {
    return this.store.headPosition().catch(() => this.position);
  }

  /** The alerts after `since` that the feed holds, then each new one as it is logged; no gap, no repeat. */
  follow(since: bigint | null): Observable<AlertMessage> {
    return new Observable<AlertMessage>((subscriber) => {
      // Both steps run in one tick, so no alert can be applied between the replay and the live part.
      const replay = this.alerts.slice(firstAfter(this.alerts, since));
      const last = replay.length > 0 ? BigInt(replay[replay.length - 1].position) : since;
      const newer = this.live.pipe(filter((a) => last === null || BigInt(a.position) > last));
      return concat(from(replay), newer).subscribe(subscriber);
    });
  }

  protected apply(events: StoredEvent[]): void {
    for (const event of events) {
      if (isAlertAcknowledged(event)) {
        const { alertId, acknowledgement } = acknowledgementOf(event);
        if (!this.acknowledgements.has(alertId)) this.acknowledgements.set(alertId, acknowledgement);
      }
      if (!isAlertRaised(event)) continue;
      const alert = alertMessageOf(event);
      this.alerts.push(alert);
      this.byId.set(alert.alertId, alert);
      push(this.byPerson, alert.personId, alert);
      for (const caseId of alert.caseIds) push(this.byCase, caseId, alert);
      if (alert.level < (this.closestLevel.get(alert.personId) ?? Infinity)) this.closestLevel.set(alert.personId, alert.level);
      this.live.next(alert);
    }
  }
}

function push(index: Map<string, AlertMessage[]>, key: string, alert: AlertMessage): void {
  const list = index.get(key);
  if (list) list.push(alert);
  else index.set(key, [alert]);
}
