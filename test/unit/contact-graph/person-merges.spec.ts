import { describe, expect, it } from '@jest/globals';
import type { GraphFact } from '../../../libs/contact-graph/contact-graph.port.js';
import { PersonMerges } from '../../../libs/contact-graph/person-merges.js';

const check = (personId: string, checkInId = 'c1'): GraphFact => ({ type: 'check', check: { checkInId, personId, venueId: 'V', direction: 'in', at: 1 } });
const merge = (keptId: string, mergedId: string): GraphFact => ({ type: 'merge', keptId, mergedId });

describe('PersonMerges: person ids as the graph must see them', () => {
  it('maps facts after a merge to the kept id, and leaves those before it as they were', () => {
    const merges = new PersonMerges();
    const out = merges.map([
      check('M', 'before'),
      merge('K', 'M'),
      check('M', 'after'),
      { type: 'contact', contact: { contactId: 'k', personA: 'M', personB: 'X', from: 1, to: 2, setting: 'social' } },
      { type: 'test', test: { testId: 't', personId: 'M', sampledAt: 1, result: 'positive' } },
      { type: 'isolation', order: { orderId: 'o', personId: 'M', kind: 'home', from: 1 } },
      { type: 'release', orderId: 'o', personId: 'M', at: 2 },
      { type: 'check-void', checkInId: 'before', personId: 'M' },
    ]);
    expect(out).toEqual([
      check('M', 'before'),
      merge('K', 'M'),
      check('K', 'after'),
      { type: 'contact', contact: { contactId: 'k', personA: 'K', personB: 'X', from: 1, to: 2, setting: 'social' } },
      { type: 'test', test: { testId: 't', personId: 'K', sampledAt: 1, result: 'positive' } },
      { type: 'isolation', order: { orderId: 'o', personId: 'K', kind: 'home', from: 1 } },
      { type: 'release', orderId: 'o', personId: 'K', at: 2 },
      { type: 'check-void', checkInId: 'before', personId: 'K' },
    ]);
  });

  it('follows chains of merges, and knows the aliases of the kept person', () => {
    const merges = new PersonMerges();
    expect(merges.map([merge('B', 'A'), merge('C', 'B'), check('A')])).toEqual([merge('B', 'A'), merge('C', 'B'), check('C')]);
    expect([merges.resolve('A'), merges.resolve('B'), merges.resolve('C'), merges.resolve('D')]).toEqual(['C', 'C', 'C', 'D']);
    expect(merges.aliasesOf('C')).toEqual(['A', 'B']);
    expect(merges.aliasesOf('A')).toEqual(['A', 'B']); // any id of the human gives the same
  });

  it('keeps the first merge of an id and drops merges the write side refuses (into oneself, a cycle)', () => {
    const merges = new PersonMerges();
    expect(merges.map([merge('K', 'M'), merge('X', 'M'), merge('M', 'K'), merge('K', 'K')])).toEqual([merge('K', 'M')]);
    expect(merges.resolve('M')).toBe('K');
  });

  it('maps into the kept id of a merge into an id merged before', () => {
    const merges = new PersonMerges([{ mergedId: 'B', keptId: 'C' }]);
    expect(merges.map([merge('B', 'A')])).toEqual([merge('C', 'A')]);
    expect(merges.resolve('A')).toBe('C');
  });
});
