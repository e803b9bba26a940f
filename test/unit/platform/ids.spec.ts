import { describe, expect, it } from '@jest/globals';
import { deterministicUuid } from '../../../src/platform/ids.js';

describe('deterministic ids', () => {
  // The ids of events already in logs: a retry after an upgrade must derive the same ones.
  it.each([
    ['check-in:c1', '8353ffba-bb9f-5fed-b882-bda3853e3332'],
    ['CheckedIn:check-in:Ü-1:0', 'cbe2bd80-67b9-5c34-b03a-767fe1d4e3d5'],
  ])('derives %s as it always did', (name, id) => {
    expect(deterministicUuid(name)).toBe(id);
  });
});
