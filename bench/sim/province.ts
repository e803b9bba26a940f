import { Rng } from './random.js';

export type SimVenueKind = 'workplace' | 'office' | 'market' | 'restaurant' | 'clinic' | 'transport';
export type LocalKind = 'market' | 'restaurant' | 'clinic' | 'transport';

/** Each kind's defaultStayMinutes: how long the rules assume a visit lasts when its check-out is missed. */
export const STAY_MINUTES: Record<SimVenueKind, number> = {
  workplace: 540,
  office: 540,
  market: 60,
  restaurant: 60,
  clinic: 45,
  transport: 30,
};

/** A district is a ward of 2,500 people with its own markets, eateries, clinic and buses. */
export const DISTRICT_PERSONS = 2_500;
const LOCAL_PER_DISTRICT: Record<LocalKind, number> = { market: 2, restaurant: 12, clinic: 1, transport: 8 };
const WORKER_SHARE = 0.55;
/** Commuters work in another district: the links that carry an outbreak across the province. */
const COMMUTER_SHARE = 0.25;
const HOUSEHOLD_SIZES: [number, number][] = [[1, 15], [2, 25], [3, 25], [4, 20], [5, 10], [6, 5]];

/**
 * Who lives with whom and works where, in typed arrays so that a million people fit comfortably.
 * Members of a household are consecutive person numbers.
 */
export interface Province {
  persons: number;
  districts: number;
  household: Int32Array;
  householdFirst: Int32Array;
  householdSize: Uint8Array;
  /** The venue a person works at, -1 for people who do not go to work. */
  workplace: Int32Array;
  venueKind: SimVenueKind[];
  venueDistrict: Int32Array;
  /** local[kind][district * count + j]: the j-th venue of that kind in the district. */
  local: Record<LocalKind, Int32Array>;
}

export function districtOf(person: number): number {
  return Math.floor(person / DISTRICT_PERSONS);
}

export function localVenue(p: Province, kind: LocalKind, district: number, rng: Rng): number {
  const n = LOCAL_PER_DISTRICT[kind];
  return p.local[kind][district * n + rng.int(n)];
}

export function buildProvince(persons: number, seed: number): Province {
  const rng = new Rng(seed, 1);
  const districts = Math.max(1, Math.ceil(persons / DISTRICT_PERSONS));
  const venueKind: SimVenueKind[] = [];
  const venueDistrict: number[] = [];
  const addVenue = (kind: SimVenueKind, district: number): number => {
    venueKind.push(kind);
    venueDistrict.push(district);
    return venueKind.length - 1;
  };

  const local = {} as Record<LocalKind, Int32Array>;
  for (const kind of Object.keys(LOCAL_PER_DISTRICT) as LocalKind[]) {
    const n = LOCAL_PER_DISTRICT[kind];
    local[kind] = new Int32Array(districts * n);
    for (let d = 0; d < districts; d++) for (let j = 0; j < n; j++) local[kind][d * n + j] = addVenue(kind, d);
  }

  const { household, householdFirst, householdSize } = households(persons, rng);
  const workplace = assignWorkplaces(persons, districts, rng, addVenue);
  return {
    persons,
    districts,
    household,
    householdFirst,
    householdSize,
    workplace,
    venueKind,
    venueDistrict: Int32Array.from(venueDistrict),
    local,
  };
}

function households(persons: number, rng: Rng) {
  const household = new Int32Array(persons);
  const first: number[] = [];
  const size: number[] = [];
  for (let p = 0; p < persons; ) {
    const n = Math.min(rng.weighted(HOUSEHOLD_SIZES), persons - p);
    first.push(p);
    size.push(n);
    household.fill(first.length - 1, p, p + n);
    p += n;
  }
  return { household, householdFirst: Int32Array.from(first), householdSize: Uint8Array.from(size) };
}

/**
 * Workers fill workplaces of skewed sizes: mostly small shops and offices, a few factories of a
 * few hundred, which is where the large clusters of 2021 started.
 */
function assignWorkplaces(
  persons: number,
  districts: number,
  rng: Rng,
  addVenue: (kind: SimVenueKind, district: number) => number,
): Int32Array {
  const workplace = new Int32Array(persons).fill(-1);
  const open = new Int32Array(districts).fill(-1);
  const room = new Int32Array(districts);
  for (let p = 0; p < persons; p++) {
    if (!rng.chance(WORKER_SHARE)) continue;
    const d = rng.chance(COMMUTER_SHARE) ? rng.int(districts) : districtOf(p);
    if (room[d] === 0) {
      const factory = rng.chance(0.55);
      open[d] = addVenue(factory ? 'workplace' : 'office', d);
      room[d] = Math.max(3, Math.min(400, Math.round(rng.lognormal(factory ? 25 : 10, 0.8))));
    }
    workplace[p] = open[d];
    room[d]--;
  }
  return workplace;
}
