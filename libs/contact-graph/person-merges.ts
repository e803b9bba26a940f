import type { GraphFact, MergedPair } from './contact-graph.port.js';

/**
 * Which person ids name one human after PersonsMerged. Facts reach a contact graph through here,
 * in log order: every person id is mapped to the id it counts for now, and a merge fact is
 * recorded (with its ids mapped) before it is passed on, so the graph re-homes the merged id's
 * facts once and never sees that id again. The projection and the `asOf` replay both feed their
 * graphs through one of these, so both graphs and every replay count a merge the same way.
 */
export class PersonMerges {
  /** merged id -> the id it was merged into (which may itself have been merged later). */
  private readonly into = new Map<string, string>();

  constructor(pairs: readonly MergedPair[] = []) {
    for (const { mergedId, keptId } of pairs) this.into.set(mergedId, keptId);
  }

  /** The id a person's facts count for: their own, or the end of the merges they went into. */
  resolve(personId: string): string {
    let id = personId;
    for (let next = this.into.get(id); next !== undefined; next = this.into.get(id)) id = next;
    return id;
  }

  /** The other ids whose facts count for this person (merged into them, directly or not), sorted. */
  aliasesOf(personId: string): string[] {
    const kept = this.resolve(personId);
    return [...this.into.keys()].filter((id) => id !== kept && this.resolve(id) === kept).sort();
  }

  /**
   * Records that `mergedId` went into `keptId`; false (nothing recorded) for an id merged before,
   * or a person into themselves: the write side refuses both, and the first merge in the log stands.
   */
  record(keptId: string, mergedId: string): boolean {
    if (this.into.has(mergedId) || this.resolve(keptId) === mergedId) return false;
    this.into.set(mergedId, keptId);
    return true;
  }

  /** The facts as the graph must see them; a merge that `record` refuses is dropped. */
  map(facts: readonly GraphFact[]): GraphFact[] {
    const out: GraphFact[] = [];
    for (const fact of facts) {
      if (fact.type !== 'merge') {
        out.push(this.mapIds(fact));
        continue;
      }
      const keptId = this.resolve(fact.keptId);
      if (this.record(keptId, fact.mergedId)) out.push({ type: 'merge', keptId, mergedId: fact.mergedId });
    }
    return out;
  }

  private mapIds(fact: GraphFact): GraphFact {
    if (this.into.size === 0) return fact;
    const r = (id: string): string => this.resolve(id);
    switch (fact.type) {
      case 'person':
        return { ...fact, personId: r(fact.personId) };
      case 'check':
        return { ...fact, check: { ...fact.check, personId: r(fact.check.personId) } };
      case 'contact':
        return { ...fact, contact: { ...fact.contact, personA: r(fact.contact.personA), personB: r(fact.contact.personB) } };
      case 'test':
        return { ...fact, test: { ...fact.test, personId: r(fact.test.personId) } };
      case 'isolation':
        return { ...fact, order: { ...fact.order, personId: r(fact.order.personId) } };
      case 'release':
      case 'check-void':
        return { ...fact, personId: r(fact.personId) };
      default:
        return fact;
    }
  }
}
