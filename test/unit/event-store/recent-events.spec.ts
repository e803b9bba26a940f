import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '../../../libs/event-store/event-store.port.js';
import { RecentEvents } from '../../../libs/event-store/sqlite/recent-events.js';

const at = (...positions: number[]): StoredEvent[] =>
  positions.map((p) => ({ position: BigInt(p), streamId: 's', revision: p, type: 'T', schemaVersion: 1, data: {}, metadata: {} }) as StoredEvent);
const positions = (events: StoredEvent[] | null) => events?.map((e) => Number(e.position)) ?? null;

describe('recent events', () => {
  it('serves what a read that reached the head holds, to readers anywhere inside it', () => {
    const recent = new RecentEvents();
    recent.add(10n, 500, at(11, 12, 14));
    expect(positions(recent.after(10n, 500))).toEqual([11, 12, 14]);
    expect(positions(recent.after(12n, 500))).toEqual([14]);
    expect(positions(recent.after(11n, 1))).toEqual([12]);
    // At its end, or outside it, the log must be asked.
    expect(recent.after(14n, 500)).toBeNull();
    expect(recent.after(9n, 500)).toBeNull();
    expect(recent.after(null, 500)).toBeNull();
  });

  it('extends the run with a read that continues it, and keeps it against a replay elsewhere', () => {
    const recent = new RecentEvents();
    recent.add(null, 2, at(1, 2));
    recent.add(null, 500, at(1, 2, 3));
    recent.add(3n, 2, at(5, 6));
    expect(positions(recent.after(null, 500))).toEqual([1, 2, 3, 5, 6]);
    recent.add(100n, 2, at(101, 102));
    expect(positions(recent.after(2n, 500))).toEqual([3, 5, 6]);
    recent.add(100n, 500, at(101));
    expect(recent.after(2n, 500)).toBeNull();
    expect(positions(recent.after(100n, 500))).toEqual([101]);
  });

  it('drops its oldest events past its bound, and everything on clear', () => {
    const recent = new RecentEvents();
    const many = Array.from({ length: 20_005 }, (_, i) => i + 1);
    recent.add(null, 30_000, at(...many));
    expect(recent.after(null, 1)).toBeNull();
    expect(recent.after(4n, 1)).toBeNull();
    expect(positions(recent.after(5n, 2))).toEqual([6, 7]);
    recent.clear();
    expect(recent.after(5n, 2)).toBeNull();
  });
});
