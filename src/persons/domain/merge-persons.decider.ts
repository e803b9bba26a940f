import type { Decider } from '../../platform/event-sourcing/domain-event.js';
import { ConflictError, invalid, NotFoundError } from '../../platform/errors.js';
import { PERSON_REGISTERED, PERSONS_MERGED, PersonsMerged, PersonsMergedData } from './person-events.js';

/**
 * Merge `mergedId` into `keptId`. What the kept person's stream cannot say (whether the other id
 * exists, and whether either id went into someone else: those merges are in other persons'
 * streams) comes with the command, read from the person read model just before.
 */
export interface MergePersons {
  keptId: string;
  mergedId: string;
  reason: string | null;
  mergedRegistered: boolean;
  /** The person `keptId` was merged into, or null. */
  keptMergedInto: string | null;
  /** The person `mergedId` was merged into, or null. */
  mergedMergedInto: string | null;
}

/** The kept person's stream: registered, and the ids merged into them with their reasons. */
export interface MergeState {
  registered: boolean;
  merged: Map<string, string | null>;
}

/**
 * One merge per merged id, into a person who is not merged themselves. The same merge again
 * records nothing and answers the same; a different reason for it is 409, like a void's.
 */
export const mergePersons: Decider<MergePersons, MergeState, PersonsMerged> = {
  initialState: () => ({ registered: false, merged: new Map() }),
  evolve(state, event) {
    if (event.type === PERSON_REGISTERED) state.registered = true;
    if (event.type === PERSONS_MERGED) {
      const { mergedId, reason } = event.data as PersonsMergedData;
      state.merged.set(mergedId, reason ?? null);
    }
    return state;
  },
  decide(command, state) {
    const { keptId, mergedId, reason } = command;
    if (keptId === mergedId) throw invalid('mergedId', 'must be another person than the one kept');
    if (!state.registered) throw new NotFoundError('person', keptId, 'keptId');
    if (!command.mergedRegistered) throw new NotFoundError('person', mergedId, 'mergedId');
    if (state.merged.has(mergedId)) {
      const first = state.merged.get(mergedId) ?? null;
      if (first === reason) return [];
      throw new ConflictError(`person ${mergedId} was already merged into ${keptId} for another reason: ${first ?? '(none given)'}`);
    }
    if (command.keptMergedInto !== null) {
      throw new ConflictError(`person ${keptId} was merged into ${command.keptMergedInto}: merge into ${command.keptMergedInto} instead`);
    }
    if (command.mergedMergedInto !== null) {
      throw new ConflictError(`person ${mergedId} was already merged into ${command.mergedMergedInto}`);
    }
    return [{ type: PERSONS_MERGED, schemaVersion: 1, data: { keptId, mergedId, reason } }];
  },
};
