import { parseCommand, SIZES_HELP } from './cli/args.js';
import { renderText } from './report/render.js';
import { benchRows, HEADER } from './report/table.js';
import { TRACING_HEADER, tracingRows } from './report/tracing-table.js';
import { writeDocs } from './report/write-docs.js';
import { runBench } from './run-bench.js';

const USAGE = `npm run bench -- --size ${SIZES_HELP} [--neo4j] [--seed N] [--out DIR of the simulated province] [--docs DIR]`;

/** `npm run bench`: measures one size, prints the table, and writes docs/benchmarks.md and docs/bench/. */
async function main(): Promise<void> {
  const { common, values } = parseCommand(process.argv.slice(2), {
    neo4j: { type: 'boolean', default: false },
    docs: { type: 'string', default: 'docs' },
  });
  const results = await runBench({ ...common, neo4j: values.neo4j === true, verbose: true });
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
