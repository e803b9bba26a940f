import type { Decider } from '../../platform/event-sourcing/domain-event.js';
import { isNewVoid } from '../../platform/corrections/void-decision.js';
import { CHECK_IN_VOIDED, CHECKED_IN, CHECKED_OUT, CheckData, CheckInVoided, CheckInVoidedData } from './check-in-events.js';

export interface VoidCheckIn {
  checkInId: string;
  reason: string;
}

/** The person's check events still in the stream, and the voids of them, by checkInId. */
export interface CheckVoidState {
  held: Set<string>;
  voids: Map<string, string>;
}

export const voidCheckIn: Decider<VoidCheckIn, CheckVoidState, CheckInVoided> = {
  initialState: () => ({ held: new Set(), voids: new Map() }),
  evolve(state, event) {
    if (event.type === CHECKED_IN || event.type === CHECKED_OUT) state.held.add((event.data as CheckData).checkInId);
    if (event.type === CHECK_IN_VOIDED) {
      const data = event.data as CheckInVoidedData;
      state.voids.set(data.checkInId, data.reason);
    }
    return state;
  },
  decide({ checkInId, reason }, state) {
    const fact = { held: state.held.has(checkInId), voidedWith: state.voids.get(checkInId) ?? null };
    return isNewVoid('check-in', checkInId, fact, reason) ? [{ type: CHECK_IN_VOIDED, schemaVersion: 1, data: { checkInId, reason } }] : [];
  },
};
