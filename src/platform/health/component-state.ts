/**
 * What /health says of each part: `up`; `degraded` when it works but not fully (alerts waiting for
 * their transport, a projection behind the log); `down` when it does not work.
 */
export type ComponentState = 'up' | 'degraded' | 'down';

export interface ComponentStatus {
  state: ComponentState;
  detail?: string;
}

export function stateOf(ok: boolean): ComponentState {
  return ok ? 'up' : 'down';
}

/** The worst of several states. */
export function worst(states: ComponentState[]): ComponentState {
  if (states.includes('down')) return 'down';
  return states.includes('degraded') ? 'degraded' : 'up';
}
