import { formatsOf, parseCommand, positiveInt, SIZES_HELP } from './cli/args.js';
import { ProgressBar } from './cli/progress.js';
import { simulateProvince } from './sim/simulate-province.js';

const USAGE = `npm run simulate -- --size ${SIZES_HELP} [--days N] [--seed N] [--out DIR] [--format ndjson|sqlite|ndjson,sqlite]`;

/** `npm run simulate`: a seeded synthetic province, its requests and its ground truth. */
async function main(): Promise<void> {
  const { common, values } = parseCommand(process.argv.slice(2), {
    days: { type: 'string' },
    format: { type: 'string', default: 'ndjson' },
  });
  const bar = new ProgressBar(`simulate ${common.size}`);
  const manifest = await simulateProvince({
    ...common,
    out: common.dir,
    formats: formatsOf(values.format as string),
    days: values.days === undefined ? undefined : positiveInt('days', values.days as string),
    onProgress: (done, detail) => bar.update(done, detail),
  });
  // Peak RSS shows the simulation streams: it stays flat whatever the number of days.
  const peakMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  bar.done(`${manifest.infections} infections, ${manifest.detectedCases} detected, peak RSS ${peakMiB} MiB`);
  process.stdout.write(`${JSON.stringify({ out: common.dir, ...manifest }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(1);
});
