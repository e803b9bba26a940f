import * as ids from './ids.js';
import type { Infection, TrueVia } from './outbreak.js';
import { ChunkedFile } from './sinks/chunked-file.js';
import { localIso } from './time.js';

/** `ground-truth.json` as the bench reads it back. Times are ISO 8601 with the +07:00 offset. */
export interface TruthFile {
  size: string;
  seed: number;
  persons: number;
  days: number;
  start: string;
  end: string;
  parameters: unknown;
  infections: TruthInfection[];
}

export interface TruthInfection {
  personId: string;
  infectedAt: string;
  /** Null for the people infected before the simulation began. */
  infector: string | null;
  generation: number;
  via: { kind: TrueVia['kind']; venueId?: string; contactId?: string; from?: string; to?: string };
  infectiousFrom: string;
  infectiousUntil: string;
  symptomOnsetAt: string | null;
  test: { testId: string; sampledAt: string; resultAt: string; detected: boolean } | null;
  isolation: { orderId: string; kind: string; from: string } | null;
}

/**
 * Streams the ground truth: who infected whom, when and through which contact, and what the
 * health department learnt of it. Infections are written as they happen, never held.
 */
export class GroundTruthWriter {
  private first = true;

  private constructor(
    private readonly file: ChunkedFile,
    private readonly end: number,
  ) {}

  static async open(path: string, header: Omit<TruthFile, 'infections'>, end: number): Promise<GroundTruthWriter> {
    const file = new ChunkedFile(path);
    await file.write(`${JSON.stringify(header).slice(0, -1)},"infections":[\n`);
    return new GroundTruthWriter(file, end);
  }

  async add(infection: Infection): Promise<void> {
    const line = JSON.stringify(this.entry(infection));
    await this.file.write(this.first ? line : `,\n${line}`);
    this.first = false;
  }

  async close(): Promise<void> {
    await this.file.write('\n]}\n');
    await this.file.close();
  }

  private entry({ person, at, infector, generation, via, course }: Infection): TruthInfection {
    const { test, isolation } = course;
    return {
      personId: ids.personId(person),
      infectedAt: localIso(at),
      infector: infector === null ? null : ids.personId(infector),
      generation,
      via: viaOf(via),
      infectiousFrom: localIso(course.infectiousFrom),
      infectiousUntil: localIso(course.infectiousUntil),
      symptomOnsetAt: course.onsetAt === null ? null : localIso(course.onsetAt),
      test: test && { testId: ids.testId(person), sampledAt: localIso(test.sampledAt), resultAt: localIso(test.resultAt), detected: test.resultAt < this.end },
      isolation: isolation && { orderId: ids.orderId(person), kind: isolation.kind, from: localIso(isolation.from) },
    };
  }
}

function viaOf(via: TrueVia): TruthInfection['via'] {
  switch (via.kind) {
    case 'index':
      return { kind: 'index' };
    case 'co-presence':
      return { kind: via.kind, venueId: ids.venueId(via.venue), from: localIso(via.from), to: localIso(via.to) };
    case 'household':
      return { kind: via.kind, contactId: via.contactId, from: localIso(via.from), to: localIso(via.to) };
  }
}
