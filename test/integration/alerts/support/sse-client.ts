export interface SseEvent {
  id: string | null;
  event: string | null;
  data: string;
}

export interface SseConnection {
  status: number;
  contentType: string | null;
  /** The next event, or a failure naming the wait after `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

/** A minimal server-sent events reader over fetch: EventSource cannot send an Authorization header. */
export async function openSse(url: string, key: string, lastEventId?: string): Promise<SseConnection> {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
    signal: abort.signal,
  });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const queue: SseEvent[] = [];
  let buffer = '';
  const pump = async (): Promise<void> => {
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream ended');
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = parseFrame(frame);
      if (event) queue.push(event);
    }
  };
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    async next(timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (queue.length === 0) {
        const left = until - Date.now();
        if (left <= 0) throw new Error(`no server-sent event within ${timeoutMs} ms`);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, left)));
        const pumped = pump();
        pumped.catch(() => undefined); // left pending by a timeout, it may fail once the stream is closed
        await Promise.race([pumped, timeout]).finally(() => clearTimeout(timer));
      }
      return queue.shift()!;
    },
    close: () => abort.abort(),
  };
}

function parseFrame(frame: string): SseEvent | null {
  const event: SseEvent = { id: null, event: null, data: '' };
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') event.id = value;
    else if (field === 'event') event.event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return null;
  event.data = data.join('\n');
  return event;
}
