/** Thrown by `within` when the work has not answered in time. */
export class NoAnswerError extends Error {
  constructor(what: string, ms: number) {
    super(`${what}: no answer within ${ms} ms`);
    this.name = 'NoAnswerError';
  }
}

/**
 * `work`'s answer, or a NoAnswerError after `ms`: a health probe must answer even when an adapter
 * hangs (a server that accepts connections and never replies). The work itself goes on; its late
 * answer is ignored.
 */
export async function within<T>(ms: number, what: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswerError(what, ms)), ms);
  });
  const answer = work();
  answer.catch(() => undefined); // a failure after the timeout has nobody to tell
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}
