/**
 * Where people really were during one day: (person, venue, start, end). It is the truth that
 * transmission runs on; the check-in scans derived from it are what the service gets to see.
 */
export class PresenceLog {
  person: number[] = [];
  venue: number[] = [];
  start: number[] = [];
  end: number[] = [];

  get length(): number {
    return this.person.length;
  }

  add(person: number, venue: number, start: number, end: number): void {
    this.person.push(person);
    this.venue.push(venue);
    this.start.push(start);
    this.end.push(end);
  }

  clear(): void {
    this.person = [];
    this.venue = [];
    this.start = [];
    this.end = [];
  }

  /** Presence indices grouped by venue (a counting sort): rows offsets[v]..offsets[v+1] of `order`. */
  byVenue(venues: number): { order: Int32Array; offsets: Int32Array } {
    const offsets = new Int32Array(venues + 1);
    for (const v of this.venue) offsets[v + 1]++;
    for (let v = 0; v < venues; v++) offsets[v + 1] += offsets[v];
    const next = offsets.slice(0, venues);
    const order = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) order[next[this.venue[i]]++] = i;
    return { order, offsets };
  }
}
