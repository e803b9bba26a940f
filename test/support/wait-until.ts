/**
 * Polls `check` until it holds. A wait that runs out fails with what it waited for and the last
 * thing it saw, so a red CI run says why instead of "expected true, received false".
 */
export async function waitUntil(
  what: string,
  check: () => Promise<{ done: boolean; seen: unknown }>,
  { timeoutMs = 120_000, intervalMs = 250 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen: unknown;
  for (;;) {
    try {
      const result = await check();
      if (result.done) return;
      seen = result.seen;
    } catch (error) {
      seen = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() >= deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${what}; last seen: ${JSON.stringify(seen)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
