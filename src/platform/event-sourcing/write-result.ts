/** What every accepted write returns: the log position a reader must reach to see it. */
export interface WriteResult {
  position: bigint | null;
}
