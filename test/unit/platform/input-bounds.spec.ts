import { describe, expect, it } from '@jest/globals';
import { boundsErrors, INPUT_BOUNDS, prototypeKeyErrors } from '../../../src/platform/http/input-bounds.js';

const nested = (depth: number): unknown => JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));

describe('input bounds', () => {
  it('lets a maximal batch through', () => {
    const items = Array.from({ length: INPUT_BOUNDS.arrayItems }, (_, i) => ({ checkInId: `c${i}`, personId: 'P1', venueId: 'V1', direction: 'in', at: '2021-07-10T08:00:00Z' }));
    expect(boundsErrors({ items })).toEqual([]);
  });
  it('names where JSON nests too deep, however deep, without recursing', () => {
    expect(boundsErrors(nested(INPUT_BOUNDS.depth))).toEqual([]);
    const errors = boundsErrors(nested(100_000));
    expect(errors).toEqual([{ field: 'a.a.a.a.a.a.a.a', message: expect.stringContaining('deep') }]);
    expect(boundsErrors({ items: [{ at: [[[[[[[1]]]]]]] }] })).toEqual([{ field: 'items[0].at[0][0][0][0][0]', message: expect.stringContaining('deep') }]);
  });
  it('names a list or an object too large without walking it', () => {
    expect(boundsErrors({ items: new Array(600_000).fill({}) })).toEqual([{ field: 'items', message: 'must hold at most 1000 entries' }]);
    expect(boundsErrors(Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, i])))).toEqual([{ field: 'body', message: 'must have at most 64 fields' }]);
  });
  it('names prototype keys at any depth as unknown fields', () => {
    const body = JSON.parse('{"__proto__":{"x":1},"items":[{"at":"t","constructor":1}],"a":{"prototype":{}}}');
    expect(prototypeKeyErrors(body).map((e) => e.field).sort()).toEqual(['__proto__', 'a.prototype', 'items[0].constructor']);
    expect(prototypeKeyErrors({ fullName: 'Nguyễn Văn A', items: [{ at: 'x' }] })).toEqual([]);
  });
});
