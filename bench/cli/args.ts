import { parseArgs } from 'node:util';
import { SIZE_NAMES, type SizeName, sizeNamed } from '../sim/sizes.js';
import { FORMATS, type Format } from '../sim/sinks/sink.js';

/** Options both commands share, read from `npm run <script> -- --size S ...`. */
export interface CommonArgs {
  size: SizeName;
  seed: number;
  /** Where the simulated province lives: bench/out/<size>-seed<seed> unless given. */
  dir: string;
}

export function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} ${raw}: expected a whole number`);
  return n;
}

export function formatsOf(raw: string): Format[] {
  const formats = raw.split(',').map((f) => f.trim());
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new Error(`--format ${f}: one of ${FORMATS.join(', ')} (comma-separated)`);
  }
  return formats as Format[];
}

export const defaultDir = (size: SizeName, seed: number): string => `bench/out/${size}-seed${seed}`;

type Spec = Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>;
type Values = Record<string, string | boolean | undefined>;

/** Parses the shared options plus the command's own; unknown options are an error, not ignored. */
export function parseCommand(argv: string[], own: Spec): { common: CommonArgs; values: Values } {
  const { values } = parseArgs({
    args: argv,
    options: { size: { type: 'string', default: 'S' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, ...own },
    strict: true,
  }) as { values: Values };
  const size = sizeNamed(values.size as string);
  const seed = positiveInt('seed', values.seed as string);
  const common: CommonArgs = { size, seed, dir: (values.out as string | undefined) ?? defaultDir(size, seed) };
  return { common, values };
}

export const SIZES_HELP = SIZE_NAMES.join('|');
