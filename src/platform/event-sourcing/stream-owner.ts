/** The id a stream belongs to: `checkins-P1` → `P1` (stream names are `<category>-<id>`, DESIGN 2). */
export function streamOwner(streamId: string): string {
  return streamId.slice(streamId.indexOf('-') + 1);
}
