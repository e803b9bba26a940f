/** Finding people by name words: the word index gives what reading everyone in name order gives. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { PersonRecords } from '../../../src/persons/application/read-model/person-records.js';
import { PERSON_DATA_ERASED, PERSON_DETAILS_CORRECTED, PERSON_REGISTERED } from '../../../src/persons/domain/person-events.js';
import { decodeCursor } from '../../../src/platform/http/paging/cursor.js';
import { foldForSearch } from '../../../src/platform/text/fold-for-search.js';

const WORDS = ['Nguyễn', 'Trần', 'Lê', 'Văn', 'Thị', 'An', 'Anh', 'Đức', 'Hoàng', 'Hoa', 'Bình', 'Minh'];
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const query = fc.array(fc.constantFrom('nguyen', 'an', 'anh', 'h', 'duc', 'đức', 'thi', 'van', 'minh', 'xyz', 'Hoàng'), { minLength: 1, maxLength: 2 });

type Step = { kind: 'register' | 'correct'; id: number; fullName: string } | { kind: 'erase'; id: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('register' as const), id: fc.nat(30), fullName: name }),
  fc.record({ kind: fc.constant('correct' as const), id: fc.nat(30), fullName: name }),
  fc.record({ kind: fc.constant('erase' as const), id: fc.nat(30) }),
);

function recordsAfter(steps: Step[], fewEnoughToSort: number): { records: PersonRecords; names: Map<string, string> } {
  const records = new PersonRecords(fewEnoughToSort);
  const names = new Map<string, string>();
  for (const s of steps) {
    const personId = `P${s.id}`;
    if (s.kind === 'erase') {
      records.apply({ type: PERSON_DATA_ERASED, schemaVersion: 1, data: { personId } });
      names.delete(personId);
    } else if (s.kind === 'register' && !names.has(personId)) {
      records.apply({ type: PERSON_REGISTERED, schemaVersion: 1, data: { personId, fullName: s.fullName } });
      names.set(personId, s.fullName);
    } else if (s.kind === 'correct' && names.has(personId)) {
      records.apply({ type: PERSON_DETAILS_CORRECTED, schemaVersion: 1, data: { personId, fullName: s.fullName } });
      names.set(personId, s.fullName);
    }
  }
  return { records, names };
}

describe('PersonRecords.find by name words', () => {
  // 5000: the index's candidates are sorted; 2: most searches read everyone in name order instead.
  it.each([5000, 2])('every page together is everyone whose folded name holds each word, in folded name then id order (sorting up to %i)', (fewEnoughToSort) => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), query, fc.integer({ min: 1, max: 7 }), (steps, q, limit) => {
        const { records, names } = recordsAfter(steps, fewEnoughToSort);
        const words = q.map(foldForSearch);
        const expected = [...names]
          .filter(([, fullName]) => words.every((w) => foldForSearch(fullName).includes(w)))
          .sort(([a, an], [b, bn]) => (foldForSearch(an) < foldForSearch(bn) ? -1 : foldForSearch(an) > foldForSearch(bn) ? 1 : a < b ? -1 : 1))
          .map(([id]) => id);
        const found: string[] = [];
        let cursor: string | null = null;
        do {
          const page = records.find({ words }, decodeCursor(cursor ?? undefined, 'cursor', ['string', 'string']), limit);
          found.push(...page.items.map((p) => p.personId));
          cursor = page.next;
        } while (cursor !== null && found.length <= names.size);
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
