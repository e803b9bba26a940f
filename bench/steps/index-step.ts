import { SqliteEventStore } from '../../libs/event-store/sqlite/sqlite-event-store.js';
import type { RulesConfig } from '../../libs/exposure-rules/types.js';
import type { BenchProfile } from '../bench-profile.js';
import type { ProgressBar } from '../cli/progress.js';
import { measuredIndex } from '../measure/index-memory.js';
import type { Province } from '../measure/province-data.js';
import { tracingQuality } from '../measure/tracing-quality.js';

/**
 * The embedded index replayed from the log: its memory, then the tracing quality of the rules over
 * it. A function of its own so that the index is garbage once it returns.
 */
export async function indexStep(province: Province, rules: RulesConfig, profile: BenchProfile, bar: (label: string) => ProgressBar | null) {
  const store = new SqliteEventStore({ file: province.sqliteFile });
  try {
    const replay = bar('index replay');
    const { index, memory } = await measuredIndex(store, rules, province.manifest.persons, (d) => replay?.update(d, 'events applied'));
    replay?.done(`${memory.visits} visits`);
    const b = bar('tracing quality');
    const tracing = tracingQuality(index, province.truth.infections, Date.parse(province.manifest.end), profile.tracingCases, (d) => b?.update(d, 'settings scored'));
    b?.done(`${tracing.cases} cases × ${tracing.rows.length} settings`);
    return { memory, tracing };
  } finally {
    await store.close();
  }
}
