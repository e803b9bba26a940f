import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const CHUNK = 1 << 20;

/**
 * Appends text to a file in chunks of about a megabyte, waiting for the disk when it falls
 * behind: millions of small writes would each cost a syscall, and unbounded ones would hold the
 * whole file in memory.
 */
export class ChunkedFile {
  private readonly stream: WriteStream;
  private parts: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) await this.drain();
  }

  async close(): Promise<void> {
    await this.drain();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private async drain(): Promise<void> {
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (chunk && !this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
