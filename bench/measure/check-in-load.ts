import { personId, venueId } from '../sim/ids.js';
import { Rng } from '../sim/random.js';
import { MINUTE, localIso } from '../sim/time.js';

/**
 * Fresh check-ins for the service after the simulated days: random registered people at random
 * registered venues, arriving and leaving within the hour after `from`, with unique ids.
 */
export class CheckInLoad {
  private readonly rng: Rng;
  private seq = 0;

  constructor(
    private readonly persons: number,
    private readonly venues: number,
    private readonly from: number,
    seed: number,
    private readonly prefix: string,
  ) {
    this.rng = new Rng(seed, 7);
  }

  batch(size: number): Record<string, string>[] {
    return Array.from({ length: size }, () => {
      const at = this.from + Math.floor(this.rng.next() * 60) * MINUTE;
      return {
        checkInId: `${this.prefix}${(this.seq++).toString(36)}`,
        personId: personId(this.rng.int(this.persons)),
        venueId: venueId(this.rng.int(this.venues)),
        direction: this.rng.chance(0.5) ? 'in' : 'out',
        at: localIso(at),
        source: 'gateway',
      };
    });
  }
}
