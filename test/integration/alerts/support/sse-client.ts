export interface SseEvent {
  id: string | null;
  event: string | null;
  data: string;
}

export interface SseConnection {
  status: number;
  contentType: string | null;
  /** The next event (comments skipped), or a failure naming the wait after `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseEvent>;
  /** The next comment line's text (e.g. `heartbeat`), events before it kept for `next`. */
  nextComment(timeoutMs?: number): Promise<string>;
  /** Whether an event arrives within `ms`; for asserting that none does. */
  hasEventWithin(ms: number): Promise<boolean>;
  close(): void;
}

type Frame = { kind: 'event'; event: SseEvent } | { kind: 'comment'; text: string };

/** A minimal server-sent events reader over fetch: EventSource cannot send an Authorization header. */
export async function openSse(url: string, key: string, lastEventId?: string): Promise<SseConnection> {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
    signal: abort.signal,
  });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const frames: Frame[] = [];
  let buffer = '';
  let reading: Promise<void> | null = null;
  const pump = async (): Promise<void> => {
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream ended');
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      frames.push(...parseFrame(frame));
    }
  };
  /** Reads until `pick` finds a frame, or fails naming `what` after `timeoutMs`. */
  const take = async <T>(pick: () => T | undefined, timeoutMs: number, what: string): Promise<T> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = pick();
      if (found !== undefined) return found;
      const left = until - Date.now();
      if (left <= 0) throw new Error(`no ${what} within ${timeoutMs} ms`);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, left)));
      // One read at a time: a read left pending by a timeout is awaited by the next wait.
      reading ??= pump().finally(() => (reading = null));
      reading.catch(() => undefined); // left pending by a timeout, it may fail once the stream is closed
      await Promise.race([reading, timeout]).finally(() => clearTimeout(timer));
    }
  };
  const pickEvent = () => {
    while (frames.length > 0) {
      const frame = frames.shift()!;
      if (frame.kind === 'event') return frame.event;
    }
    return undefined;
  };
  const pickComment = () => {
    const i = frames.findIndex((f) => f.kind === 'comment');
    return i < 0 ? undefined : (frames.splice(i, 1)[0] as { text: string }).text;
  };
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    next: (timeoutMs = 10_000) => take(pickEvent, timeoutMs, 'server-sent event'),
    nextComment: (timeoutMs = 10_000) => take(pickComment, timeoutMs, 'server-sent comment'),
    hasEventWithin: (ms) => take(() => (frames.some((f) => f.kind === 'event') ? true : undefined), ms, 'event').catch(() => false),
    close: () => abort.abort(),
  };
}

function parseFrame(frame: string): Frame[] {
  const event: SseEvent = { id: null, event: null, data: '' };
  const data: string[] = [];
  const comments: Frame[] = [];
  for (const line of frame.split('\n')) {
    if (line === '') continue;
    if (line.startsWith(':')) {
      comments.push({ kind: 'comment', text: line.slice(1).replace(/^ /, '') });
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') event.id = value;
    else if (field === 'event') event.event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return comments;
  event.data = data.join('\n');
  return [...comments, { kind: 'event', event }];
}
