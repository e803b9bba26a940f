/** Just enough SVG to draw two charts by hand: no plotting library for a few lines and bars. */

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Attrs = Record<string, string | number>;

const attrs = (a: Attrs): string =>
  Object.entries(a)
    .map(([k, v]) => `${k}="${escape(String(typeof v === 'number' ? Number(v.toFixed(2)) : v))}"`)
    .join(' ');

export const el = (tag: string, a: Attrs, content?: string): string =>
  content === undefined ? `<${tag} ${attrs(a)}/>` : `<${tag} ${attrs(a)}>${content}</${tag}>`;

export const text = (x: number, y: number, content: string, a: Attrs = {}): string =>
  el('text', { x, y, 'font-size': 12, ...a }, escape(content));

export function document(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    el('rect', { width, height, fill: 'white' }),
    text(width / 2, 22, title, { 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 'bold' }),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Maps a value to a pixel coordinate; log scales for quantities spanning decades. */
export interface Scale {
  (value: number): number;
  ticks: number[];
}

export function logScale(min: number, max: number, from: number, to: number): Scale {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max)));
  const scale = ((v: number) => from + ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * (to - from)) as Scale;
  scale.ticks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  return scale;
}

export function linearScale(min: number, max: number, from: number, to: number, step: number): Scale {
  const scale = ((v: number) => from + ((v - min) / (max - min)) * (to - from)) as Scale;
  scale.ticks = Array.from({ length: Math.floor((max - min) / step) + 1 }, (_, i) => min + i * step);
  return scale;
}

export const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];
