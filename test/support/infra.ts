export * from './infra-targets.js';

/**
 * `describe(name, fn)` when the server is configured. Otherwise one skipped test named
 * `SKIPPED: <name> — <reason>` (Jest counts it as skipped) and a warning line saying so.
 */
export function describeWithServer(
  name: string,
  target: unknown | null,
  reason: string,
  fn: () => void,
): void {
  if (target !== null && target !== undefined) {
    describe(name, fn);
    return;
  }
  const line = `SKIPPED: ${name} — ${reason}`;
  // Straight to stderr: Jest hides the console of a file whose tests are all skipped.
  process.stderr.write(`${line}\n`);
  describe(name, () => {
    it.skip(line, () => undefined);
  });
}
