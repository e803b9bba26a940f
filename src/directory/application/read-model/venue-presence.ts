import type { DomainEvent } from '../../../platform/event-sourcing/domain-event.js';
import { CHECKED_IN, CHECKED_OUT, type CheckData } from '../../../check-ins/domain/check-in-events.js';

const DAY_MS = 86_400_000;

/**
 * Who scanned at a venue on which (UTC) day: the people whose visits "who was at V" must look at.
 * It holds ids only; the visits themselves are derived from each person's scans when asked.
 */
export class VenuePresence {
  private readonly days = new Map<string, Map<number, Set<string>>>();
  private forgottenBefore = -Infinity;

  apply(event: DomainEvent, cutoff: number): void {
    if (event.type !== CHECKED_IN && event.type !== CHECKED_OUT) return;
    const { venueId, personId, at } = event.data as CheckData;
    const ms = Date.parse(at);
    if (ms < cutoff) return; // past retention: the contact graph forgets it too
    const day = Math.floor(ms / DAY_MS);
    let byDay = this.days.get(venueId);
    if (!byDay) this.days.set(venueId, (byDay = new Map()));
    let people = byDay.get(day);
    if (!people) byDay.set(day, (people = new Set()));
    people.add(personId);
    this.forget(cutoff);
  }

  /** The people who scanned at the venue between `from` and `to` (whole days around them, inclusive). */
  peopleAt(venueId: string, from: number, to: number): string[] {
    const byDay = this.days.get(venueId);
    if (!byDay) return [];
    const first = Math.floor(from / DAY_MS);
    const last = Math.floor(to / DAY_MS);
    const people = new Set<string>();
    for (const [day, ids] of byDay) if (day >= first && day <= last) for (const id of ids) people.add(id);
    return [...people];
  }

  /** Drops the days wholly before the retention cut-off, once per new cut-off day. */
  private forget(cutoff: number): void {
    const firstKept = Math.floor(cutoff / DAY_MS);
    if (firstKept <= this.forgottenBefore) return;
    this.forgottenBefore = firstKept;
    for (const byDay of this.days.values()) for (const day of byDay.keys()) if (day < firstKept) byDay.delete(day);
  }
}
