import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TruthFile } from '../sim/ground-truth.js';
import { FILES, type Manifest, simulateProvince } from '../sim/simulate-province.js';
import type { SizeName } from '../sim/sizes.js';

export interface Province {
  dir: string;
  manifest: Manifest;
  truth: TruthFile;
  sqliteFile: string;
}

/**
 * The simulated province the bench measures: the one already in `dir` when it was simulated with
 * the same size and seed into SQLite, otherwise simulated now (the slow part of a first run).
 */
export async function ensureProvince(size: SizeName, seed: number, dir: string, onProgress: (done: number, detail: string) => void): Promise<Province> {
  const manifestFile = join(dir, FILES.manifest);
  const reusable = (m: Manifest): boolean => m.size === size && m.seed === seed && m.formats.includes('sqlite') && existsSync(join(dir, FILES.sqlite));
  let manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : null;
  if (!manifest || !reusable(manifest)) manifest = await simulateProvince({ size, seed, out: dir, formats: ['sqlite'], onProgress });
  const truth = JSON.parse(readFileSync(join(dir, FILES.truth), 'utf8')) as TruthFile;
  return { dir, manifest, truth, sqliteFile: join(dir, FILES.sqlite) };
}
