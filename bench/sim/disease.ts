import type { IsolationKind } from '../../libs/exposure-rules/types.js';
import type { Rng } from './random.js';
import type { SimVenueKind } from './province.js';
import { DAY, HOUR, atSecond } from './time.js';

/** The natural history and the health department's response, as parameters of the simulation. */
export interface DiseaseParams {
  /** Probability of infection per minute of close contact with an infectious person. */
  perMinute: number;
  /** How close a minute in each setting is, relative to a minute at home. */
  closeness: Record<SimVenueKind | 'household', number>;
  incubationMedianDays: number;
  incubationSigma: number;
  /** Infectious this many days before symptom onset. */
  presymptomaticDays: number;
  infectiousDaysAfterOnset: number;
  symptomaticShare: number;
  /** Symptomatic people who stay home from onset (they still meet their household). */
  staysHomeShare: number;
  symptomaticTestedShare: number;
  asymptomaticTestedShare: number;
  /** Tested people who tell the investigator when their symptoms began. */
  reportsOnsetShare: number;
  isolatedShare: number;
  isolationKinds: [IsolationKind, number][];
}

export const DEFAULT_DISEASE: DiseaseParams = {
  perMinute: 0.00045,
  closeness: { household: 1, restaurant: 0.5, transport: 0.5, clinic: 0.3, office: 0.12, workplace: 0.06, market: 0.1 },
  incubationMedianDays: 5,
  incubationSigma: 0.45,
  presymptomaticDays: 2,
  infectiousDaysAfterOnset: 7,
  symptomaticShare: 0.65,
  staysHomeShare: 0.5,
  symptomaticTestedShare: 0.8,
  asymptomaticTestedShare: 0.25,
  reportsOnsetShare: 0.7,
  isolatedShare: 0.85,
  isolationKinds: [['hospital', 25], ['centralized', 50], ['home', 25]],
};

export interface Course {
  infectedAt: number;
  infectiousFrom: number;
  infectiousUntil: number;
  /** Null for an asymptomatic infection. */
  onsetAt: number | null;
  /** From when the person no longer goes to venues (staying home or isolated). */
  outUntil: number;
  test: { sampledAt: number; resultAt: number; reportsOnset: boolean } | null;
  isolation: { kind: IsolationKind; from: number } | null;
}

/** Draws one infection's course, all of it at once, so that the day loop only has to look it up. */
export function drawCourse(rng: Rng, infectedAt: number, p: DiseaseParams): Course {
  const incubation = Math.max(1.5, Math.min(14, rng.lognormal(p.incubationMedianDays, p.incubationSigma))) * DAY;
  const onset = infectedAt + incubation;
  const infectiousFrom = Math.max(infectedAt + DAY, onset - p.presymptomaticDays * DAY);
  const symptomatic = rng.chance(p.symptomaticShare);
  const infectiousUntil = onset + p.infectiousDaysAfterOnset * DAY;

  let test: Course['test'] = null;
  if (symptomatic ? rng.chance(p.symptomaticTestedShare) : rng.chance(p.asymptomaticTestedShare)) {
    const sampledAt = symptomatic ? onset + rng.between(0.5, 3) * DAY : rng.between(infectiousFrom, infectiousUntil);
    test = {
      sampledAt: atSecond(sampledAt),
      resultAt: atSecond(sampledAt + rng.between(6, 30) * HOUR),
      reportsOnset: symptomatic && sampledAt > onset && rng.chance(p.reportsOnsetShare),
    };
  }
  const isolation: Course['isolation'] =
    test && rng.chance(p.isolatedShare) ? { kind: rng.weighted(p.isolationKinds), from: test.resultAt } : null;
  const staysHome = symptomatic && rng.chance(p.staysHomeShare) ? onset : Infinity;
  return {
    infectedAt,
    infectiousFrom,
    infectiousUntil,
    onsetAt: symptomatic ? atSecond(onset) : null,
    outUntil: Math.min(staysHome, isolation?.from ?? Infinity),
    test,
    isolation,
  };
}

/** Isolation away from home ends household contact too; home isolation does not. */
export function householdUntil(course: Course): number {
  const i = course.isolation;
  return i && (i.kind === 'hospital' || i.kind === 'centralized') ? i.from : Infinity;
}

/**
 * The minute of a contact in which infection happens, or null when none does: each minute
 * infects with probability q, so the first success is geometric, truncated to the contact.
 */
export function infectionMinute(rng: Rng, q: number, minutes: number): number | null {
  if (minutes <= 0 || q <= 0) return null;
  const pAny = 1 - Math.pow(1 - q, minutes);
  const u = rng.next();
  if (u >= pAny) return null;
  return Math.min(minutes - 1, Math.floor(Math.log(1 - u) / Math.log(1 - q)));
}
