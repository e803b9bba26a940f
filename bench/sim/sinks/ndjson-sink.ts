import type { ApiItem } from '../api-items.js';
import { localIso } from '../time.js';
import { ChunkedFile } from './chunked-file.js';
import type { Sink } from './sink.js';

/** `events.ndjson`: one request per line, `{kind, recordedAt, body}`, in the order they were sent. */
export class NdjsonSink implements Sink {
  private readonly file: ChunkedFile;

  constructor(path: string) {
    this.file = new ChunkedFile(path);
  }

  write(item: ApiItem): Promise<void> {
    return this.file.write(`${JSON.stringify({ kind: item.kind, recordedAt: localIso(item.recordedAt), body: item.body })}\n`);
  }

  async flush(): Promise<void> {}

  close(): Promise<void> {
    return this.file.close();
  }
}
