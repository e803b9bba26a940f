/** Number formats shared by the console table, the Markdown and the charts. */
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Milliseconds with about three significant digits: 0.412, 4.12, 41.2, 412. */
export const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n >= 1 ? n.toFixed(2) : n.toFixed(3));

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

export const seconds = (s: number): string => (s >= 10 ? `${s.toFixed(0)} s` : `${s.toFixed(2)} s`);

/** a ÷ b with two significant digits: 0.052×, 3.4×, 27×. */
export const ratio = (a: number, b: number): string => (b > 0 ? `${Number((a / b).toPrecision(2))}×` : '—');
