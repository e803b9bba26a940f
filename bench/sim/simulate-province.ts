import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ApiItem, type ApiKind, dayItem, personItem, venueItem } from './api-items.js';
import { DayLog, Rec } from './day-log.js';
import { DEFAULT_DISEASE, type DiseaseParams } from './disease.js';
import { GroundTruthWriter } from './ground-truth.js';
import { householdEvenings } from './households.js';
import { planDay } from './itinerary.js';
import { Outbreak } from './outbreak.js';
import { PresenceLog } from './presence.js';
import { buildProvince } from './province.js';
import { Rng } from './random.js';
import { SCAN_FAULTS, scansOf } from './scans.js';
import { SIZES, type SizeName } from './sizes.js';
import { FanOut, type Format, type Sink } from './sinks/sink.js';
import { NdjsonSink } from './sinks/ndjson-sink.js';
import { SqliteSink } from './sinks/sqlite-sink.js';
import { DAY, SIM_START, atSecond, dayStart, localIso } from './time.js';
import { transmitDay } from './transmission.js';

export interface SimulateOptions {
  size: SizeName;
  seed: number;
  out: string;
  formats: Format[];
  days?: number;
  disease?: DiseaseParams;
  /** Share of the work done, 0..1, with a short description. */
  onProgress?: (done: number, detail: string) => void;
}

/** `manifest.json`: what was simulated, for the bench and for people. */
export interface Manifest {
  size: SizeName;
  seed: number;
  persons: number;
  venues: number;
  days: number;
  start: string;
  end: string;
  formats: Format[];
  requests: Record<ApiKind, number>;
  infections: number;
  detectedCases: number;
}

export const FILES = { ndjson: 'events.ndjson', sqlite: 'events.sqlite', truth: 'ground-truth.json', manifest: 'manifest.json' };

/** Only INFECTIOUS_LOOKBACK_DAYS matters to the event shapes (CaseConfirmed.infectiousFrom): the service default. */
const LOOKBACK_DAYS = 2;

/**
 * Simulates the province day by day, writing each day out before the next begins: memory holds
 * the population, the infected, and one day of records, whatever the number of days.
 */
export async function simulateProvince(o: SimulateOptions): Promise<Manifest> {
  const spec = SIZES[o.size];
  const days = o.days ?? spec.days;
  const disease = o.disease ?? DEFAULT_DISEASE;
  const end = dayStart(days);
  const progress = o.onProgress ?? (() => undefined);
  mkdirSync(o.out, { recursive: true });

  const province = buildProvince(spec.persons, o.seed);
  const outbreak = new Outbreak(spec.persons, disease);
  const sink = openSinks(o.out, o.formats);
  const truth = await GroundTruthWriter.open(join(o.out, FILES.truth), {
    size: o.size, seed: o.seed, persons: spec.persons, days, start: localIso(SIM_START), end: localIso(end),
    parameters: { disease, scanFaults: SCAN_FAULTS },
  }, end);
  const requests: Record<ApiKind, number> = { person: 0, venue: 0, 'check-in': 0, contact: 0, 'test-result': 0, 'isolation-order': 0 };
  const send = async (item: ApiItem): Promise<void> => {
    requests[item.kind]++;
    await sink.write(item);
  };

  seedIndexCases(outbreak, spec.persons, spec.indexCases, new Rng(o.seed, 2));
  progress(0, 'registering persons and venues');
  for (let p = 0; p < spec.persons; p++) await send(personItem(province, p));
  for (let v = 0; v < province.venueKind.length; v++) await send(venueItem(province, v));
  await sink.flush();

  const presence = new PresenceLog();
  const log = new DayLog();
  let seq = 0;
  const present = (person: number, venue: number, start: number, finish: number): void => {
    const until = outbreak.outUntil[person];
    if (start < until) presence.add(person, venue, start, Math.min(finish, until));
  };
  for (let day = 0; day < days; day++) {
    const rng = new Rng(o.seed, 100 + day);
    presence.clear();
    log.clear();
    for (let p = 0; p < spec.persons; p++) planDay(province, p, day, rng, present);
    seq = scansOf(presence, rng, log, seq);
    householdEvenings(province, outbreak, day, rng, log);
    transmitDay(province, outbreak, presence, log, disease, rng, day);
    for (const d of outbreak.takeDue(Math.min(end, dayStart(day + 1)))) log.add(d.at, d.kind === 'test' ? Rec.Test : Rec.Order, d.person);
    for (const infection of outbreak.takeInfections()) await truth.add(infection);

    let n = 0;
    for (const r of log.ordered()) {
      await send(dayItem(province, outbreak, r));
      if (++n % 50_000 === 0) progress((day + n / log.length) / days, `day ${day + 1}/${days}`);
    }
    await sink.flush();
    progress((day + 1) / days, `day ${day + 1}/${days}: ${outbreak.courses.size} infected so far`);
  }
  await sink.close();
  await truth.close();

  const manifest: Manifest = {
    size: o.size, seed: o.seed, persons: spec.persons, venues: province.venueKind.length, days,
    start: localIso(SIM_START), end: localIso(end), formats: o.formats, requests,
    infections: outbreak.courses.size, detectedCases: requests['test-result'],
  };
  writeFileSync(join(o.out, FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** A fresh file each run: appending a second province to an old log would mix two worlds. */
function openSinks(out: string, formats: Format[]): Sink {
  for (const name of [FILES.ndjson, FILES.sqlite, `${FILES.sqlite}-wal`, `${FILES.sqlite}-shm`]) rmSync(join(out, name), { force: true });
  return new FanOut(
    formats.map((f) => (f === 'ndjson' ? new NdjsonSink(join(out, FILES.ndjson)) : new SqliteSink(join(out, FILES.sqlite), LOOKBACK_DAYS))),
  );
}

/** The outbreak starts from people infected in the days before the simulation. */
function seedIndexCases(outbreak: Outbreak, persons: number, count: number, rng: Rng): void {
  for (let k = 0; k < Math.min(count, persons); ) {
    const person = rng.int(persons);
    if (!outbreak.isSusceptible(person)) continue;
    outbreak.infect(rng, person, atSecond(SIM_START - rng.between(2, 12) * DAY), null, { kind: 'index' });
    k++;
  }
}
