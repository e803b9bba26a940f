import { describe, expect, it } from '@jest/globals';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../src/platform/errors.js';
import type { DomainEvent } from '../../../src/platform/event-sourcing/domain-event.js';
import { mergePersons, type MergePersons } from '../../../src/persons/domain/merge-persons.decider.js';
import { PERSON_REGISTERED, PERSONS_MERGED } from '../../../src/persons/domain/person-events.js';

const registered = (personId: string): DomainEvent => ({ type: PERSON_REGISTERED, schemaVersion: 1, data: { personId, fullName: personId } });
const merged = (keptId: string, mergedId: string, reason: string | null = null): DomainEvent => ({
  type: PERSONS_MERGED,
  schemaVersion: 1,
  data: { keptId, mergedId, reason },
});
const stateOf = (...events: DomainEvent[]) => events.reduce(mergePersons.evolve, mergePersons.initialState());
const command = (over: Partial<MergePersons> = {}): MergePersons => ({
  keptId: 'K',
  mergedId: 'M',
  reason: 'same phone',
  mergedRegistered: true,
  keptMergedInto: null,
  mergedMergedInto: null,
  ...over,
});
const decide = (c: MergePersons, ...events: DomainEvent[]) => mergePersons.decide(c, stateOf(...events), 0);

describe('merge persons decider', () => {
  it('records PersonsMerged (schema 1) with both ids and the reason', () => {
    expect(decide(command(), registered('K'))).toEqual([{ type: 'PersonsMerged', schemaVersion: 1, data: { keptId: 'K', mergedId: 'M', reason: 'same phone' } }]);
  });

  it('refuses a person merged into themselves (400 naming mergedId)', () => {
    let fields: string[] = [];
    try {
      decide(command({ mergedId: 'K' }), registered('K'));
    } catch (error) {
      if (error instanceof InvalidInputError) fields = error.errors.map((e) => e.field);
    }
    expect(fields).toEqual(['mergedId']);
  });

  it('refuses unknown ids (404 naming which)', () => {
    const refusal = (c: MergePersons, ...events: DomainEvent[]): unknown => {
      try {
        decide(c, ...events);
      } catch (error) {
        return error instanceof NotFoundError ? [error.id, error.field] : error;
      }
      return 'accepted';
    };
    expect(refusal(command())).toEqual(['K', 'keptId']);
    expect(refusal(command({ mergedRegistered: false }), registered('K'))).toEqual(['M', 'mergedId']);
  });

  it('answers the same merge again with nothing new, and refuses it with another reason (409)', () => {
    const history = [registered('K'), merged('K', 'M', 'same phone')];
    expect(decide(command(), ...history)).toEqual([]);
    expect(() => decide(command({ reason: 'other' }), ...history)).toThrow(ConflictError);
    expect(decide(command({ mergedId: 'N' }), ...history)).toHaveLength(1); // another duplicate of K may follow
  });

  it('refuses when either id went into someone else already, or the pair was merged the other way (409)', () => {
    expect(() => decide(command({ mergedMergedInto: 'X' }), registered('K'))).toThrow(/M was already merged into X/);
    expect(() => decide(command({ keptMergedInto: 'X' }), registered('K'))).toThrow(/merge into X instead/);
    // K was merged into M: merging M into K now would make each the other's.
    expect(() => decide(command({ keptMergedInto: 'M' }), registered('K'))).toThrow(ConflictError);
  });
});
