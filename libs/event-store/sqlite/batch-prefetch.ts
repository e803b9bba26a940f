/**
 * What each stream's append of one appendMany would ask the database, asked once for the whole
 * batch: which of its event ids are stored already, and each stream's revision. Both are read in
 * the batch's own write transaction, so no other writer changes them meanwhile; an append that
 * may see the batch's own earlier writes (a stream named twice, ids used twice) is sent back to
 * the database, which sees them.
 */
export class BatchPrefetch {
  private readonly claimedIds = new Set<string>();
  private readonly claimedStreams = new Set<string>();

  constructor(
    /** The batch's event ids already in the log. */
    private readonly stored: ReadonlySet<string>,
    /** The revision of each of the batch's streams that exists. */
    private readonly revisions: ReadonlyMap<string, number>,
  ) {}

  /** True when none of `ids` can be in the log yet: no need to look for them. */
  noneStored(ids: string[]): boolean {
    let none = true;
    for (const id of ids) {
      if (this.stored.has(id) || this.claimedIds.has(id)) none = false;
      this.claimedIds.add(id);
    }
    return none;
  }

  /** The stream's revision as the batch found it; undefined when an earlier append of the batch may have moved it. */
  revisionBefore(streamId: string): number | 'no-stream' | undefined {
    if (this.claimedStreams.has(streamId)) return undefined;
    this.claimedStreams.add(streamId);
    return this.revisions.get(streamId) ?? 'no-stream';
  }
}
