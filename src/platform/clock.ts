/** The only source of "now" in the service, so that the domain stays pure and tests can fix time. */
export interface Clock {
  now(): number;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => Date.now() };
