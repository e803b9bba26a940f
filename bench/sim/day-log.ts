/** What the service is told during one simulated day, kept as columns until it is written out. */
export const Rec = { CheckIn: 0, CheckOut: 1, Household: 2, Test: 3, Order: 4 } as const;
export type Rec = (typeof Rec)[keyof typeof Rec];

export interface DayRecord {
  at: number;
  kind: Rec;
  /** Check: person, venue, check sequence number. Household: personA, personB, end. Test/order: person. */
  a: number;
  b: number;
  c: number;
}

/**
 * Columns rather than objects: a day of a million people is some seven million records, and only
 * one day is ever held. `ordered()` hands them out in time order, as gateways would send them.
 */
export class DayLog {
  private at: number[] = [];
  private kind: Rec[] = [];
  private a: number[] = [];
  private b: number[] = [];
  private c: number[] = [];

  get length(): number {
    return this.at.length;
  }

  add(at: number, kind: Rec, a: number, b = 0, c = 0): void {
    this.at.push(at);
    this.kind.push(kind);
    this.a.push(a);
    this.b.push(b);
    this.c.push(c);
  }

  clear(): void {
    this.at = [];
    this.kind = [];
    this.a = [];
    this.b = [];
    this.c = [];
  }

  /** Every household record of the day: the evenings transmission may happen in. */
  *households(): Generator<DayRecord> {
    for (let i = 0; i < this.length; i++) if (this.kind[i] === Rec.Household) yield this.record(i);
  }

  /** Time order; ties keep insertion order, so the output is the same on every run. */
  *ordered(): Generator<DayRecord> {
    const order = Uint32Array.from({ length: this.length }, (_, i) => i).sort(
      (x, y) => this.at[x] - this.at[y] || x - y,
    );
    for (const i of order) yield this.record(i);
  }

  private record(i: number): DayRecord {
    return { at: this.at[i], kind: this.kind[i], a: this.a[i], b: this.b[i], c: this.c[i] };
  }
}
