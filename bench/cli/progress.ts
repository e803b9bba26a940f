const WIDTH = 30;

/**
 * A progress bar on stderr, so stdout stays clean for the results. On a terminal it redraws one
 * line; in a log (CI, a pipe) it prints a line every tenth of the way instead of a flood of \r.
 */
export class ProgressBar {
  private lastDraw = 0;
  private lastTenth = -1;
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, detail: string): void {
    const fraction = Math.max(0, Math.min(1, done));
    const seconds = ((Date.now() - this.started) / 1000).toFixed(0);
    const line = `${this.label} [${'#'.repeat(Math.round(fraction * WIDTH)).padEnd(WIDTH, '.')}] ${(fraction * 100).toFixed(0).padStart(3)}% ${seconds}s ${detail}`;
    if (this.stream.isTTY) {
      if (Date.now() - this.lastDraw < 100 && fraction < 1) return;
      this.lastDraw = Date.now();
      this.stream.write(`\r${line.slice(0, (this.stream.columns || 120) - 1).padEnd((this.stream.columns || 120) - 1)}`);
    } else {
      const tenth = Math.floor(fraction * 10);
      if (tenth === this.lastTenth) return;
      this.lastTenth = tenth;
      this.stream.write(`${line}\n`);
    }
  }

  done(detail: string): void {
    this.update(1, detail);
    if (this.stream.isTTY) this.stream.write('\n');
  }
}
