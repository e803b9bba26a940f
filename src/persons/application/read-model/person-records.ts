import type { DomainEvent } from '../../../platform/event-sourcing/domain-event.js';
import { compareKeys, type KeyShape, type SortKey } from '../../../platform/http/paging/cursor.js';
import { pageOf, type Page } from '../../../platform/http/paging/page.js';
import { normalizePhone } from '../../../platform/phone/phone-number.js';
import { SortedRecords } from '../../../platform/read-model/sorted-records.js';
import { PersonMerges } from '../../../../libs/contact-graph/person-merges.js';
import { foldForSearch } from '../../../platform/text/fold-for-search.js';
import { PERSON_DATA_ERASED, PERSONS_MERGED, type PersonDetails, type PersonsMergedData } from '../../domain/person-events.js';
import { evolvePersonRecord } from '../../domain/person-record.js';
import { duplicateKeyOf, groupsOf, type DuplicateGroup } from './duplicate-groups.js';

/** What a list row (an exposure, a case, an alert to call) shows of a person. */
export interface PersonCard {
  fullName: string;
  phone: string | null;
  unit: string | null;
}

/** A person as the read model holds them: the record, and the forms searches compare. */
export interface PersonEntry {
  record: PersonDetails;
  folded: string;
  /** E.164, or null when the registered phone is not a valid number. */
  phone: string | null;
  nationalId: string | null;
  /** The folded name and the date of birth, when both are known: the third sign of a duplicate. */
  nameAndBirth: string | null;
}

export interface PersonFilter {
  /** Words of a name, folded (foldForSearch): each must occur in the person's folded name. */
  words?: string[];
  /** E.164 (normalizePhone). */
  phone?: string;
  /** As normalizeNationalId gives it. */
  nationalId?: string;
}

const NOBODY: ReadonlySet<string> = new Set();
/** Sorting this many candidates costs about what scanning the name order to fill a page does. */
const FEW_ENOUGH_TO_SORT = 5_000;

function nameWords(folded: string): Set<string> {
  return new Set(folded.split(' ').filter(Boolean));
}

/** National ids are compared without spaces and case: "0790 8000 1234" is "079080001234". */
export function normalizeNationalId(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/**
 * Everyone registered, each record as it now stands (folded with evolvePersonRecord, so a
 * correction shows in every list), by id and for finding a person by name, phone or national id.
 * Names are listed in their folded order (then by id); phones and national ids are looked up in
 * indexes of their own. An erased person is dropped.
 */
export class PersonRecords {
  private readonly people = new SortedRecords<PersonEntry>(keyOf);
  private readonly byPhone = new Map<string, Set<string>>();
  private readonly byNationalId = new Map<string, Set<string>>();
  private readonly byNameAndBirth = new Map<string, Set<string>>();
  /** Each word of a folded name, and who has it: a rare name is found without reading everyone. */
  private readonly byNameWord = new Map<string, Set<string>>();
  /** Which ids were merged into which (PersonsMerged), as the contact graph maps them. */
  private readonly merges = new PersonMerges();
  /** `fewEnoughToSort`: how many candidates of a name search are sorted rather than scanned for. */
  constructor(private readonly fewEnoughToSort = FEW_ENOUGH_TO_SORT) {}

  /** The duplicate groups, computed again after a change only. */
  private duplicates: DuplicateGroup[] | null = null;

  apply(event: DomainEvent): void {
    if (!event.type.startsWith('Person')) return;
    this.duplicates = null;
    if (event.type === PERSONS_MERGED) {
      const { mergedId, keptId } = event.data as PersonsMergedData;
      this.merges.record(keptId, mergedId);
      return;
    }
    const personId = (event.data as { personId?: string }).personId;
    if (personId === undefined) return;
    const previous = this.people.get(personId);
    if (event.type === PERSON_DATA_ERASED) return this.remove(previous);
    // The fold every read of a record uses: a correction changes the record here too.
    const record = evolvePersonRecord(previous?.record ?? null, event);
    if (record && record !== previous?.record) this.put(record, previous);
  }

  get(personId: string): PersonDetails | undefined {
    return this.people.get(personId)?.record;
  }

  /** The person this id was merged into, at the end of a chain of merges; null when it is not merged. */
  mergedInto(personId: string): string | null {
    const kept = this.merges.resolve(personId);
    return kept === personId ? null : kept;
  }

  /** The id a person's facts count for: their own, or the one they were merged into. */
  resolve(personId: string): string {
    return this.merges.resolve(personId);
  }

  /** The ids merged into this person. */
  aliasesOf(personId: string): string[] {
    return this.merges.aliasesOf(personId);
  }

  /**
   * Possible duplicates: groups of persons not merged into anyone who share a phone, a national id,
   * or a name (folded: case and accents aside) and date of birth; by reason, then shared value.
   */
  duplicateGroups(): readonly DuplicateGroup[] {
    if (this.duplicates === null) {
      const recordOf = (id: string) => this.get(id);
      const isMerged = (id: string) => this.merges.resolve(id) !== id;
      const groups = [
        ...groupsOf('phone', this.byPhone, recordOf, isMerged),
        ...groupsOf('nationalId', this.byNationalId, recordOf, isMerged),
        ...groupsOf('nameAndDateOfBirth', this.byNameAndBirth, recordOf, isMerged),
      ];
      this.duplicates = groups.sort((a, b) => compareKeys(duplicateKeyOf(a), duplicateKeyOf(b)));
    }
    return this.duplicates;
  }

  cardOf(personId: string): PersonCard | null {
    const record = this.get(personId);
    return record ? { fullName: record.fullName, phone: record.phone ?? null, unit: record.unit ?? null } : null;
  }

  find(filter: PersonFilter, after: SortKey | null, limit: number): Page<PersonDetails> {
    const { words, phone, nationalId } = filter;
    const keep = (e: PersonEntry): boolean =>
      (phone === undefined || e.phone === phone) &&
      (nationalId === undefined || e.nationalId === nationalId) &&
      (words === undefined || words.every((w) => e.folded.includes(w)));
    // A phone, a national id or a rare name names a few people: sort those rather than scan everyone.
    const indexed =
      phone !== undefined
        ? (this.byPhone.get(phone) ?? NOBODY)
        : nationalId !== undefined
          ? (this.byNationalId.get(nationalId) ?? NOBODY)
          : words !== undefined
            ? this.fewWithWords(words)
            : null;
    const candidates = indexed === null ? this.people.sorted() : [...indexed].map((id) => this.people.get(id)!).sort(compareEntries);
    const page = pageOf(candidates, { keyOf }, after, limit, keep);
    return { items: page.items.map((e) => e.record), next: page.next };
  }

  /**
   * Those whose name holds the rarest of the words (within one of its words, as the filter checks),
   * when they are at most `fewEnoughToSort`; null when every word is common, and a scan in name
   * order fills a page sooner than sorting them would.
   */
  private fewWithWords(words: string[]): ReadonlySet<string> | null {
    let rarest: Set<string>[] | null = null;
    let rarestCount = Infinity;
    for (const word of words) {
      const having: Set<string>[] = [];
      let count = 0;
      for (const [nameWord, ids] of this.byNameWord) {
        if (!nameWord.includes(word)) continue;
        having.push(ids);
        count += ids.size;
      }
      if (count < rarestCount) [rarest, rarestCount] = [having, count];
    }
    if (rarest === null || rarestCount > this.fewEnoughToSort) return null;
    return new Set(rarest.flatMap((ids) => [...ids]));
  }

  private remove(previous: PersonEntry | undefined): void {
    if (!previous) return;
    unindex(this.byPhone, previous.phone, previous.record.personId);
    unindex(this.byNationalId, previous.nationalId, previous.record.personId);
    unindex(this.byNameAndBirth, previous.nameAndBirth, previous.record.personId);
    for (const word of nameWords(previous.folded)) unindex(this.byNameWord, word, previous.record.personId);
    this.people.delete(previous.record.personId);
  }

  private put(record: PersonDetails, previous: PersonEntry | undefined): void {
    this.remove(previous);
    const folded = foldForSearch(record.fullName);
    const entry: PersonEntry = {
      record,
      folded,
      nameAndBirth: record.dateOfBirth ? `${folded} ${record.dateOfBirth}` : null,
      phone: record.phone ? normalizePhone(record.phone) : null,
      nationalId: record.nationalId ? normalizeNationalId(record.nationalId) : null,
    };
    this.people.put(record.personId, entry);
    index(this.byPhone, entry.phone, record.personId);
    index(this.byNationalId, entry.nationalId, record.personId);
    index(this.byNameAndBirth, entry.nameAndBirth, record.personId);
    for (const word of nameWords(folded)) index(this.byNameWord, word, record.personId);
  }
}

/** The sort key of the person list: folded name, then id. */
export const PERSON_KEY_SHAPE: KeyShape = ['string', 'string'];
const keyOf = (e: PersonEntry): SortKey => [e.folded, e.record.personId];

function compareEntries(a: PersonEntry, b: PersonEntry): number {
  return a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : a.record.personId < b.record.personId ? -1 : 1;
}

function index(map: Map<string, Set<string>>, key: string | null, id: string): void {
  if (key === null) return;
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}

function unindex(map: Map<string, Set<string>>, key: string | null, id: string): void {
  const ids = key === null ? undefined : map.get(key);
  if (ids?.delete(id) && ids.size === 0) map.delete(key!);
}
