import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of V8's .cpuprofile this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

interface Entry {
  where: string;
  selfMs: number;
  totalMs: number;
}

/**
 * `node dist/bench/profile-summary.js <file.cpuprofile> [top]`: where the time of a
 * `node --cpu-prof` run went, by function (file:line function), self time and inclusive time.
 * Inclusive time counts a function once per sample even when it recurses.
 */
function summarize(profile: CpuProfile): Entry[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

  const entries = new Map<string, Entry>();
  const entry = (id: number): Entry => {
    const f = byId.get(id)!.callFrame;
    const file = f.url.startsWith('file://') ? relative(process.cwd(), fileURLToPath(f.url)) : f.url || '(native)';
    const where = `${file}:${f.lineNumber + 1} ${f.functionName || '(anonymous)'}`;
    let e = entries.get(where);
    if (!e) entries.set(where, (e = { where, selfMs: 0, totalMs: 0 }));
    return e;
  };
  for (const [id, ms] of self) {
    entry(id).selfMs += ms;
    const seen = new Set<Entry>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const e = entry(at);
      if (!seen.has(e)) e.totalMs += ms;
      seen.add(e);
    }
  }
  return [...entries.values()];
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: node dist/bench/profile-summary.js <file.cpuprofile> [top]');
  const top = Number(topArg ?? 25);
  const entries = summarize(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const total = entries.find((e) => e.where.includes('(root)'))?.totalMs ?? entries.reduce((s, e) => s + e.selfMs, 0);
  const print = (title: string, key: 'selfMs' | 'totalMs'): void => {
    process.stdout.write(`\n${title} (of ${(total / 1000).toFixed(1)} s sampled)\n`);
    for (const e of [...entries].sort((a, b) => b[key] - a[key]).slice(0, top)) {
      process.stdout.write(`${(e[key] / 1000).toFixed(2).padStart(8)} s ${((e[key] / total) * 100).toFixed(1).padStart(5)}%  ${e.where}\n`);
    }
  };
  print('self time', 'selfMs');
  print('inclusive time', 'totalMs');
}

main();
