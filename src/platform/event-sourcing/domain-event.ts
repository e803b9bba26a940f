/** An event as the domain decides it: an explicit name, a schema version and its data. */
export interface DomainEvent<T extends string = string, D = unknown> {
  type: T;
  schemaVersion: number;
  data: D;
}

/**
 * A pure decider (DESIGN.md: decide(command, state) -> events, evolve(state, event)).
 * `decide` throws the errors of platform/errors.ts to refuse a command.
 */
export interface Decider<C, S, E extends DomainEvent = DomainEvent> {
  initialState(): S;
  evolve(state: S, event: DomainEvent): S;
  decide(command: C, state: S, now: number): E[];
}
