import type { DayLog } from './day-log.js';
import { type DiseaseParams, infectionMinute } from './disease.js';
import { householdContactId } from './ids.js';
import type { Outbreak, TrueVia } from './outbreak.js';
import type { PresenceLog } from './presence.js';
import type { Province } from './province.js';
import type { Rng } from './random.js';
import { MINUTE } from './time.js';

interface Candidate {
  at: number;
  infector: number;
  via: TrueVia;
}

/**
 * One day of transmission: every minute of contact between an infectious and a susceptible person
 * may infect. A person exposed several times is infected by the earliest success. Nobody infected
 * today is infectious today (the latent period is at least a day), so the day can be settled at once.
 */
export function transmitDay(
  province: Province,
  outbreak: Outbreak,
  presence: PresenceLog,
  log: DayLog,
  params: DiseaseParams,
  rng: Rng,
  day: number,
): number {
  const candidates = new Map<number, Candidate>();
  const consider = (person: number, c: Candidate): void => {
    const known = candidates.get(person);
    if (!known || c.at < known.at || (c.at === known.at && c.infector < known.infector)) candidates.set(person, c);
  };
  const expose = (source: number, target: number, from: number, to: number, closeness: number, via: TrueVia): void => {
    if (!outbreak.isSusceptible(target)) return;
    const part = outbreak.infectiousPart(source, from, to);
    if (!part) return;
    const minute = infectionMinute(rng, params.perMinute * closeness, Math.floor((part[1] - part[0]) / MINUTE));
    if (minute !== null) consider(target, { at: part[0] + minute * MINUTE, infector: source, via });
  };

  const { order, offsets } = presence.byVenue(province.venueKind.length);
  for (const v of venuesWithInfectious(province, outbreak, presence)) {
    const closeness = params.closeness[province.venueKind[v]];
    for (let x = offsets[v]; x < offsets[v + 1]; x++) {
      const i = order[x];
      const source = presence.person[i];
      if (outbreak.isSusceptible(source)) continue;
      for (let y = offsets[v]; y < offsets[v + 1]; y++) {
        const j = order[y];
        const target = presence.person[j];
        const from = Math.max(presence.start[i], presence.start[j]);
        const to = Math.min(presence.end[i], presence.end[j]);
        if (target === source || from >= to) continue;
        expose(source, target, from, to, closeness, { kind: 'co-presence', venue: v, from, to });
      }
    }
  }
  for (const h of log.households()) {
    const via: TrueVia = { kind: 'household', contactId: householdContactId(day, h.a, h.b), from: h.at, to: h.c };
    expose(h.a, h.b, h.at, h.c, params.closeness.household, via);
    expose(h.b, h.a, h.at, h.c, params.closeness.household, via);
  }

  const infected = [...candidates].sort(([p, a], [q, b]) => a.at - b.at || p - q);
  for (const [person, c] of infected) outbreak.infect(rng, person, c.at, c.infector, c.via);
  return infected.length;
}

function venuesWithInfectious(province: Province, outbreak: Outbreak, presence: PresenceLog): number[] {
  const hot = new Uint8Array(province.venueKind.length);
  for (let i = 0; i < presence.length; i++) {
    if (outbreak.infectiousPart(presence.person[i], presence.start[i], presence.end[i])) hot[presence.venue[i]] = 1;
  }
  const venues: number[] = [];
  hot.forEach((flag, v) => flag && venues.push(v));
  return venues;
}
