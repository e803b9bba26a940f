import { SqliteEventStore } from '../../libs/event-store/sqlite/sqlite-event-store.js';
import type { RulesConfig } from '../../libs/exposure-rules/types.js';
import type { BenchProfile } from '../bench-profile.js';
import { measuredIndex } from '../measure/index-memory.js';
import type { Province } from '../measure/province-data.js';
import { tracingQuality } from '../measure/tracing-quality.js';

/**
 * The embedded index replayed from the log: its memory, then the tracing quality of the rules over
 * it. A function of its own so that the index is garbage once it returns.
 */
export async function indexStep(province: Province, rules: RulesConfig, profile: BenchProfile) {
  const store = new SqliteEventStore({ file: province.sqliteFile });
  try {
    const { index, memory } = await measuredIndex(store, rules, province.manifest.persons);
    return { memory, tracing: tracingQuality(index, province.truth.infections, Date.parse(province.manifest.end), profile.tracingCases) };
  } finally {
    await store.close();
  }
}
