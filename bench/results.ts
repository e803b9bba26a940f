import type { AppendThroughput } from './measure/append-throughput.js';
import type { BatchIngest } from './measure/http-ingest.js';
import type { IngestLag } from './measure/ingest-lag.js';
import type { IndexMemory } from './measure/index-memory.js';
import type { Machine, Versions } from './measure/machine.js';
import type { ProjectionResult } from './measure/projection.js';
import type { QueryLatency } from './measure/query-latency.js';
import type { TracingQuality } from './measure/tracing-quality.js';
import type { SizeName } from './sim/sizes.js';
import type { ReadSide } from './steps/service-step.js';

export type NotRun = { notRun: string };

/** `docs/bench/results-<size>.json`: one run of `npm run bench`. */
export interface BenchResults {
  size: SizeName;
  seed: number;
  persons: number;
  days: number;
  events: number;
  detectedCases: number;
  generatedAt: string;
  machine: Machine;
  versions: Versions;
  append: AppendThroughput;
  httpBatch: BatchIngest | NotRun;
  lag: IngestLag | NotRun;
  /** The HTTP service started on the simulated log: queryable, then idle (null: still busy at the limit). */
  serviceStart: { queryableSeconds: number; idleSeconds: number | null; alertDepth: number };
  /** The task force's reads over HTTP (absent from runs made before they were measured). */
  readSide?: ReadSide;
  /** When the read side was measured: later than generatedAt when `--only read-side` added it to an earlier run. */
  readSideAt?: string;
  projection: { embedded: ProjectionResult; neo4j: ProjectionResult | NotRun };
  queries: QueryLatency & { neo4j: string | null };
  memory: IndexMemory & { peakRssBytes: number };
  tracing: TracingQuality;
}

export const isNotRun = (x: object): x is NotRun => 'notRun' in x;
