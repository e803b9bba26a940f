import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { explainVisits, type CheckEvent, type ExplainedVisit } from '../../../../libs/exposure-rules/index.js';
import { CHECKED_IN, CHECKED_OUT, checkInStream, type CheckData, type CheckInSource } from '../../../check-ins/domain/check-in-events.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { retentionCutoff } from '../../../retention/domain/movement-retention.js';
import { DirectoryProjection } from '../read-model/directory.projection.js';

/** A scan behind a visit, as an investigator checks it. */
export interface Scan extends CheckEvent {
  source: CheckInSource;
}

export type ScannedVisit = ExplainedVisit<Scan>;

/** A closed interval of instants; either end may be open (-Infinity, Infinity). */
export interface TimeRange {
  from: number;
  to: number;
}

const HOUR_MS = 3_600_000;

/**
 * Visits as the rules derive them (libs/exposure-rules), from each person's scans in the log: the
 * same scans the contact graph holds (within retention), so the visits shown are those that
 * exposures are computed from.
 */
@Injectable()
export class VisitReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly directory: DirectoryProjection,
  ) {}

  /**
   * The person's visits that overlap the range, in start order. `aliases` are the ids merged into
   * the person: their scans are the person's too, and the visits are derived from all of them.
   */
  async ofPerson(personId: string, range: TimeRange, aliases: readonly string[] = []): Promise<ScannedVisit[]> {
    const streams = await this.read([personId, ...aliases]);
    return this.explain(streams.flat(), personId).filter((v) => overlaps(v, range));
  }

  /** Everyone's visits at the venue that overlap the range, by start then person. */
  async atVenue(venueId: string, range: TimeRange): Promise<ScannedVisit[]> {
    // A visit overlapping the range has a scan at the venue at most the longest stay away from it.
    const reach = this.config.rules.maxStayHours * HOUR_MS;
    const people = this.directory.presence.peopleAt(venueId, range.from - reach, range.to + reach);
    const streams = await this.read(people);
    const visits = streams.flatMap((events) => this.explain(events).filter((v) => v.venueId === venueId && overlaps(v, range)));
    return visits.sort((a, b) => a.start - b.start || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : a.end - b.end));
  }

  private async read(personIds: string[]): Promise<StoredEvent[][]> {
    const requests = personIds.map((id) => ({ streamId: checkInStream(id) }));
    if (this.store.readStreams) return this.store.readStreams(requests);
    return Promise.all(requests.map((r) => this.store.readStream(r.streamId)));
  }

  /** `personId`, when given, is who the scans count for (a merge); else the person each names. */
  private explain(events: StoredEvent[], personId?: string): ScannedVisit[] {
    const cutoff = retentionCutoff(this.clock.now(), this.config.retentionDays);
    const scans = new Map<string, Scan>();
    for (const event of events) {
      if (event.type !== CHECKED_IN && event.type !== CHECKED_OUT) continue;
      const c = event.data as unknown as CheckData;
      const at = Date.parse(c.at);
      // A checkInId counts once (as in the contact graph); past retention it no longer counts.
      if (at < cutoff || scans.has(c.checkInId)) continue;
      const direction = event.type === CHECKED_IN ? 'in' : 'out';
      scans.set(c.checkInId, { checkInId: c.checkInId, personId: personId ?? c.personId, venueId: c.venueId, direction, at, source: c.source });
    }
    const stayOf = (venueId: string) => this.directory.venues.get(venueId)?.defaultStayMinutes ?? this.config.rules.defaultStayMinutes;
    return explainVisits([...scans.values()], stayOf, this.config.rules);
  }
}

function overlaps(visit: { start: number; end: number }, range: TimeRange): boolean {
  return visit.start <= range.to && visit.end >= range.from;
}
