import type { TracingQuality } from '../measure/tracing-quality.js';
import { document, el, linearScale, PALETTE, text } from './svg.js';

const W = 900;
const H = 440;
const PLOT = { left: 60, right: 880, top: 80, bottom: 360 };
const LEVELS = ['F1', 'F1–F2', 'F1–F3'];

/**
 * Share of true infections found, grouped by setting (MIN_OVERLAP_MINUTES / lookback days), a bar
 * per depth; the quarantine burden (people flagged per infection found) is written above each group.
 */
export function tracingChart(t: TracingQuality, size: string): string {
  const y = linearScale(0, 1, PLOT.bottom, PLOT.top, 0.2);
  const group = (PLOT.right - PLOT.left) / t.rows.length;
  const bar = (group * 0.75) / LEVELS.length;
  const body = [
    ...y.ticks.map((v) => el('line', { x1: PLOT.left, x2: PLOT.right, y1: y(v), y2: y(v), stroke: '#eee' })),
    ...y.ticks.map((v) => text(PLOT.left - 6, y(v) + 4, `${Math.round(v * 100)}%`, { 'text-anchor': 'end' })),
    text(16, (PLOT.top + PLOT.bottom) / 2, 'true infections found', { 'text-anchor': 'middle', transform: `rotate(-90 16 ${(PLOT.top + PLOT.bottom) / 2})` }),
    text((PLOT.left + PLOT.right) / 2, H - 20, 'MIN_OVERLAP_MINUTES / INFECTIOUS_LOOKBACK_DAYS (number above: people flagged per infection found, F1–F3)', { 'text-anchor': 'middle' }),
  ];
  t.rows.forEach((r, g) => {
    const x0 = PLOT.left + g * group + group * 0.125;
    r.recall.forEach((share, k) => {
      body.push(el('rect', { x: x0 + k * bar, y: y(share), width: bar - 2, height: PLOT.bottom - y(share), fill: PALETTE[k] }));
    });
    body.push(text(x0 + (bar * LEVELS.length) / 2, PLOT.bottom + 18, `${r.minOverlapMinutes} min / ${r.lookbackDays} d`, { 'text-anchor': 'middle', 'font-size': 11 }));
    body.push(text(x0 + (bar * LEVELS.length) / 2, y(Math.max(...r.recall)) - 6, r.burden[2].toFixed(0), { 'text-anchor': 'middle', 'font-size': 11 }));
  });
  LEVELS.forEach((label, k) => {
    body.push(el('rect', { x: PLOT.left + k * 150, y: 36, width: 14, height: 14, fill: PALETTE[k] }));
    body.push(text(PLOT.left + k * 150 + 20, 48, `found at ${label}`));
  });
  body.push(el('line', { x1: PLOT.left, x2: PLOT.right, y1: PLOT.bottom, y2: PLOT.bottom, stroke: '#999' }));
  return document(W, H, `Tracing quality against the ground truth (size ${size}, ${t.cases} detected cases)`, body);
}
