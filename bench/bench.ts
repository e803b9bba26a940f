import { parseCommand, SIZES_HELP } from './cli/args.js';
import { renderText } from './report/render.js';
import { benchRows, HEADER } from './report/table.js';
import { TRACING_HEADER, tracingRows } from './report/tracing-table.js';
import { previousResults, writeDocs } from './report/write-docs.js';
import type { BenchResults } from './results.js';
import { type BenchOptions, runBench, runReadSide } from './run-bench.js';

const USAGE = `npm run bench -- --size ${SIZES_HELP} [--neo4j] [--seed N] [--out DIR of the simulated province] [--docs DIR] [--only read-side]`;

/** `--only read-side` measures the read side alone and puts it into this size's last full run. */
async function measured(o: BenchOptions, only: string | undefined, docs: string): Promise<BenchResults> {
  if (only === undefined) return runBench(o);
  if (only !== 'read-side') throw new Error(`--only ${only}: the only step that runs alone is read-side`);
  const previous = previousResults(docs, o.size);
  if (!previous || previous.seed !== o.seed) throw new Error(`--only read-side adds to a full run of size ${o.size} seed ${o.seed} in ${docs}/bench: run the full bench first`);
  return { ...previous, ...(await runReadSide(o)) };
}

/** `npm run bench`: measures one size, prints the table, and writes docs/benchmarks.md and docs/bench/. */
async function main(): Promise<void> {
  const { common, values } = parseCommand(process.argv.slice(2), {
    neo4j: { type: 'boolean', default: false },
    docs: { type: 'string', default: 'docs' },
    only: { type: 'string' },
  });
  const results = await measured({ ...common, neo4j: values.neo4j === true, verbose: true }, values.only as string | undefined, values.docs as string);
  process.stdout.write(`\n${renderText(HEADER, benchRows(results))}\n\n`);
  process.stdout.write(`Tracing quality, ${results.tracing.cases} detected cases:\n${renderText(TRACING_HEADER, tracingRows(results.tracing))}\n\n`);
  for (const file of writeDocs(results, values.docs as string)) process.stdout.write(`wrote ${file}\n`);
}

main().then(
  // The service's and the drivers' handles may linger after close: the results are written, so exit.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n${USAGE}\n`);
    process.exit(1);
  },
);
