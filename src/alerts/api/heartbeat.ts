import type { MessageEvent } from '@nestjs/common';
import { Observable } from 'rxjs';

/** An SSE comment line (`: heartbeat`): clients ignore it, proxies see traffic and keep the stream open. */
export const HEARTBEAT: MessageEvent = { comment: 'heartbeat' };

/** `events`, with a heartbeat every `everyMs` between them; ends (and stops beating) when `events` ends. */
export function withHeartbeat(events: Observable<MessageEvent>, everyMs: number): Observable<MessageEvent> {
  return new Observable<MessageEvent>((subscriber) => {
    const timer = setInterval(() => subscriber.next(HEARTBEAT), everyMs);
    const subscription = events.subscribe(subscriber);
    return () => {
      clearInterval(timer);
      subscription.unsubscribe();
    };
  });
}
