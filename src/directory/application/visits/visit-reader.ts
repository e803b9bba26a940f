import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { explainVisits, type CheckEvent, type ExplainedVisit } from '../../../../libs/exposure-rules/index.js';
import {
  CHECK_IN_VOIDED,
  CHECKED_IN,
  CHECKED_OUT,
  checkInStream,
  type CheckData,
  type CheckInSource,
  type CheckInVoidedData,
} from '../../../check-ins/domain/check-in-events.js';
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

/** A correction: who voided a scan (the actor: role and key fingerprint), when, and why. */
export interface ScanVoid {
  at: number;
  by: string;
  reason: string;
}

/** A scan an investigator voided: it counts toward no visit, but the record shows it, and why. */
export interface VoidedScan extends Scan {
  voided: ScanVoid;
}

/** A person's visits, and the voided scans that the visits leave out. */
export interface PersonVisits {
  visits: ScannedVisit[];
  voidedScans: VoidedScan[];
}

/** A closed interval of instants; either end may be open (-Infinity, Infinity). */
export interface TimeRange {
  from: number;
  to: number;
}

const HOUR_MS = 3_600_000;

/** The id a person's facts count for, and every id of the same human (itself included). */
export interface HumanIds {
  kept: string;
  ids: string[];
}

const ownIdOnly = (personId: string): HumanIds => ({ kept: personId, ids: [personId] });

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
   * The person's visits that overlap the range, in start order, and their voided scans in the range,
   * by time. `aliases` are the ids merged into the person: their scans are the person's too, and the
   * visits are derived from all of them.
   */
  async ofPerson(personId: string, range: TimeRange, aliases: readonly string[] = []): Promise<PersonVisits> {
    const streams = await this.read([personId, ...aliases]);
    const { counted, voided } = this.scansOf(streams.flat(), personId);
    return {
      visits: this.explain(counted).filter((v) => overlaps(v, range)),
      voidedScans: voided.filter((s) => s.at >= range.from && s.at <= range.to).sort((a, b) => a.at - b.at || (a.checkInId < b.checkInId ? -1 : 1)),
    };
  }

  /**
   * Everyone's visits at the venue that overlap the range, by start then person. `idsOf` gives,
   * for a person id, the id the person's facts count for and every id of that human (after a
   * merge): each human's visits are derived once, from the scans of all their ids.
   */
  async atVenue(venueId: string, range: TimeRange, idsOf: (personId: string) => HumanIds = ownIdOnly): Promise<ScannedVisit[]> {
    // A visit overlapping the range has a scan at the venue at most the longest stay away from it.
    const reach = this.config.rules.maxStayHours * HOUR_MS;
    const humans = new Map<string, string[]>();
    for (const personId of this.directory.presence.peopleAt(venueId, range.from - reach, range.to + reach)) {
      const { kept, ids } = idsOf(personId);
      humans.set(kept, ids);
    }
    const streams = await this.read([...humans.values()].flat());
    const visits: ScannedVisit[] = [];
    let next = 0;
    for (const [kept, ids] of humans) {
      const events = streams.slice(next, (next += ids.length)).flat();
      visits.push(...this.explain(this.scansOf(events, kept).counted).filter((v) => v.venueId === venueId && overlaps(v, range)));
    }
    return visits.sort((a, b) => a.start - b.start || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : a.end - b.end));
  }

  private async read(personIds: string[]): Promise<StoredEvent[][]> {
    const requests = personIds.map((id) => ({ streamId: checkInStream(id) }));
    if (this.store.readStreams) return this.store.readStreams(requests);
    return Promise.all(requests.map((r) => this.store.readStream(r.streamId)));
  }

  /**
   * The person's scans within retention, each checkInId once (as in the contact graph): those that
   * count, and those a CheckInVoided took out (the void follows its scan in the same stream).
   * `personId`, when given, is who the scans count for (a merge); else the person each names.
   */
  private scansOf(events: StoredEvent[], personId?: string): { counted: Scan[]; voided: VoidedScan[] } {
    const cutoff = retentionCutoff(this.clock.now(), this.config.retentionDays);
    const scans = new Map<string, Scan>();
    const voids = new Map<string, ScanVoid>();
    for (const event of events) {
      if (event.type === CHECK_IN_VOIDED) {
        const { checkInId, reason } = event.data as unknown as CheckInVoidedData;
        voids.set(checkInId, { at: Date.parse(event.metadata.recordedAt), by: event.metadata.actor, reason });
        continue;
      }
      if (event.type !== CHECKED_IN && event.type !== CHECKED_OUT) continue;
      const c = event.data as unknown as CheckData;
      const at = Date.parse(c.at);
      if (at < cutoff || scans.has(c.checkInId)) continue;
      const direction = event.type === CHECKED_IN ? 'in' : 'out';
      scans.set(c.checkInId, { checkInId: c.checkInId, personId: personId ?? c.personId, venueId: c.venueId, direction, at, source: c.source });
    }
    const counted: Scan[] = [];
    const voided: VoidedScan[] = [];
    for (const scan of scans.values()) {
      const correction = voids.get(scan.checkInId);
      if (correction) voided.push({ ...scan, voided: correction });
      else counted.push(scan);
    }
    return { counted, voided };
  }

  private explain(scans: Scan[]): ScannedVisit[] {
    const stayOf = (venueId: string) => this.directory.venues.get(venueId)?.defaultStayMinutes ?? this.config.rules.defaultStayMinutes;
    return explainVisits(scans, stayOf, this.config.rules);
  }
}

function overlaps(visit: { start: number; end: number }, range: TimeRange): boolean {
  return visit.start <= range.to && visit.end >= range.from;
}
