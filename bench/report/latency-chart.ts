import type { BenchResults } from '../results.js';
import { int, ms } from './format.js';
import { document, el, logScale, PALETTE, text } from './svg.js';

const W = 760;
const H = 460;
const PLOT = { left: 70, right: 560, top: 45, bottom: 400 };
const TARGET_MS = 20;

interface Series {
  label: string;
  color: string;
  dashed: boolean;
  points: [number, number][];
}

/**
 * Depth-1..3 exposure query p95 against the province size, one line per adapter and depth, from
 * whichever results files exist; the 20 ms depth-3 target as a dashed line.
 */
export function latencyChart(results: BenchResults[]): string {
  const runs = [...results].sort((a, b) => a.persons - b.persons);
  const series: Series[] = [];
  for (const adapter of ['embedded', 'neo4j']) {
    for (const depth of [1, 2, 3]) {
      const points = runs.flatMap((r): [number, number][] => {
        const p = r.queries.depths.find((d) => d.depth === depth)?.latency[adapter];
        return p && p.p95 > 0 ? [[r.persons, p.p95]] : [];
      });
      if (points.length > 0) series.push({ label: `${adapter}, depth ${depth}`, color: PALETTE[depth - 1], dashed: adapter === 'neo4j', points });
    }
  }
  const all = series.flatMap((s) => s.points);
  const title = 'Exposure query latency (p95) versus province size';
  if (all.length === 0) return document(W, H, title, [text(W / 2, H / 2, 'no query latencies measured yet', { 'text-anchor': 'middle' })]);
  // Half a decade of room on each side, so that the points of the smallest and largest size stand clear of the axes.
  const x = logScale(Math.min(...all.map((p) => p[0])) / 3, Math.max(...all.map((p) => p[0])) * 3, PLOT.left, PLOT.right);
  const y = logScale(Math.min(...all.map((p) => p[1]), TARGET_MS), Math.max(...all.map((p) => p[1]), TARGET_MS), PLOT.bottom, PLOT.top);
  const body = [
    ...x.ticks.map((t) => el('line', { x1: x(t), x2: x(t), y1: PLOT.top, y2: PLOT.bottom, stroke: '#eee' })),
    ...y.ticks.map((t) => el('line', { x1: PLOT.left, x2: PLOT.right, y1: y(t), y2: y(t), stroke: '#eee' })),
    ...x.ticks.map((t) => text(x(t), PLOT.bottom + 18, int(t), { 'text-anchor': 'middle' })),
    ...y.ticks.map((t) => text(PLOT.left - 6, y(t) + 4, String(t), { 'text-anchor': 'end' })),
    text((PLOT.left + PLOT.right) / 2, H - 22, 'persons in the province (log scale)', { 'text-anchor': 'middle' }),
    text(18, (PLOT.top + PLOT.bottom) / 2, 'p95 latency, ms (log scale)', { 'text-anchor': 'middle', transform: `rotate(-90 18 ${(PLOT.top + PLOT.bottom) / 2})` }),
    el('line', { x1: PLOT.left, x2: PLOT.right, y1: y(TARGET_MS), y2: y(TARGET_MS), stroke: '#d62728', 'stroke-dasharray': '2 4' }),
    text(PLOT.right - 4, y(TARGET_MS) - 5, 'target: depth 3 p95 ≤ 20 ms', { 'text-anchor': 'end', fill: '#d62728', 'font-size': 11 }),
    el('rect', { x: PLOT.left, y: PLOT.top, width: PLOT.right - PLOT.left, height: PLOT.bottom - PLOT.top, fill: 'none', stroke: '#999' }),
  ];
  series.forEach((s, i) => {
    const dash: Record<string, string> = s.dashed ? { 'stroke-dasharray': '6 4' } : {};
    body.push(el('polyline', { points: s.points.map(([px, py]) => `${x(px)},${y(py)}`).join(' '), fill: 'none', stroke: s.color, 'stroke-width': 2, ...dash }));
    // Hollow markers for Neo4j, filled for embedded: the two stay apart where their lines cross.
    for (const [px, py] of s.points) body.push(el('circle', { cx: x(px), cy: y(py), r: 4, fill: s.dashed ? 'white' : s.color, stroke: s.color, 'stroke-width': 2 }));
    for (const [px, py] of s.points) body.push(text(x(px) + 7, y(py) + 4, ms(py), { 'font-size': 10, fill: s.color }));
    const ly = PLOT.top + 10 + i * 20;
    body.push(el('line', { x1: PLOT.right + 20, x2: PLOT.right + 50, y1: ly, y2: ly, stroke: s.color, 'stroke-width': 2, ...dash }));
    body.push(text(PLOT.right + 56, ly + 4, s.label));
  });
  return document(W, H, title, body);
}
