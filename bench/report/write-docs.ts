import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResults } from '../results.js';
import { SIZE_NAMES, type SizeName } from '../sim/sizes.js';
import { int } from './format.js';
import { latencyChart } from './latency-chart.js';
import { renderMarkdown } from './render.js';
import { benchRows, HEADER } from './table.js';
import { tracingChart } from './tracing-chart.js';
import { TRACING_HEADER, tracingRows } from './tracing-table.js';

const INTRO = `# Benchmarks

Measured by \`npm run bench -- --size <XS|S|M|L> [--neo4j]\` on a province made by \`npm run simulate\`
(see bench/README.md). Each size's section below is rewritten by its run; text outside the marked
sections is kept.

![query latency versus size](bench/latency-vs-size.svg)

![tracing quality](bench/tracing-quality.svg)
`;

/**
 * Writes a run's JSON, redraws both charts from every results file present, and replaces this
 * size's section of docs/benchmarks.md (between its markers), leaving the rest of the page alone.
 */
export function writeDocs(results: BenchResults, docsDir: string): string[] {
  const benchDir = join(docsDir, 'bench');
  mkdirSync(benchDir, { recursive: true });
  const json = resultsFile(docsDir, results.size);
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);

  const all = readdirSync(benchDir)
    .filter((f) => /^results-[A-Z]+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(benchDir, f), 'utf8')) as BenchResults);
  const largest = all.reduce((a, b) => (b.persons > a.persons ? b : a));
  const latency = join(benchDir, 'latency-vs-size.svg');
  const tracing = join(benchDir, 'tracing-quality.svg');
  writeFileSync(latency, latencyChart(all));
  // The largest province has the most detected cases: its scores are the most telling.
  writeFileSync(tracing, tracingChart(largest.tracing, largest.size));

  const page = join(docsDir, 'benchmarks.md');
  writeFileSync(page, withSection(existsSync(page) ? readFileSync(page, 'utf8') : INTRO, results));
  return [json, latency, tracing, page];
}

const resultsFile = (docsDir: string, size: SizeName): string => join(docsDir, 'bench', `results-${size}.json`);

/** This size's last results in docs/bench, if any. */
export function previousResults(docsDir: string, size: SizeName): BenchResults | null {
  const file = resultsFile(docsDir, size);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResults) : null;
}

function section(r: BenchResults): string {
  const run = r.generatedAt.slice(0, 10);
  const readSide = r.readSideAt && r.readSideAt !== r.generatedAt ? `; the read-side rows run ${r.readSideAt.slice(0, 10)} with --only read-side` : '';
  return [
    `### Size ${r.size}: ${int(r.persons)} persons, ${r.days} days (seed ${r.seed}, run ${run}${readSide})`,
    '',
    renderMarkdown(HEADER, benchRows(r)),
    '',
    `Tracing quality over ${int(r.tracing.cases)} detected cases (the pure rules at depth 3, against the simulated ground truth):`,
    '',
    renderMarkdown(TRACING_HEADER, tracingRows(r.tracing)),
  ].join('\n');
}

/** Replaces the size's marked block, or inserts it among the others in size order. */
function withSection(page: string, r: BenchResults): string {
  const open = (size: string): string => `<!-- bench:${size} -->`;
  const close = (size: string): string => `<!-- /bench:${size} -->`;
  const block = `${open(r.size)}\n${section(r)}\n${close(r.size)}`;
  const start = page.indexOf(open(r.size));
  const end = page.indexOf(close(r.size));
  if (start >= 0 && end > start) return page.slice(0, start) + block + page.slice(end + close(r.size).length);
  const later = SIZE_NAMES.slice(SIZE_NAMES.indexOf(r.size) + 1).map((s) => page.indexOf(open(s))).filter((i) => i >= 0);
  if (later.length > 0) return `${page.slice(0, Math.min(...later))}${block}\n\n${page.slice(Math.min(...later))}`;
  return `${page.trimEnd()}\n\n${block}\n`;
}
