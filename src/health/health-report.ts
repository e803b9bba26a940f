import { Inject, Injectable } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../libs/contact-graph/contact-graph.port.js';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { AlertsHealth, type AlertsStatus } from '../alerts/application/alerts-health.js';
import { ContactGraphProjection } from '../exposure/application/projections/contact-graph.projection.js';
import { APP_CONFIG } from '../platform/config/app-config.js';
import type { AppConfig } from '../platform/config/app-config.js';
import { type ComponentState, type ComponentStatus, stateOf, worst } from '../platform/health/component-state.js';
import { within } from '../platform/health/within.js';

export interface Readiness {
  /** The service can accept writes (the log answers) and answer queries (the graph answers, its projection is not failing). */
  ready: boolean;
  eventStore: ComponentStatus & { adapter: string };
  contactGraph: ComponentStatus & { adapter: string };
  projection: ComponentStatus & { position: string | null; head: string | null };
}

export interface DetailedHealth {
  /** `down` when not ready; `degraded` when ready but some part is not up (alerts waiting, projection behind). */
  status: ComponentState;
  live: true;
  ready: boolean;
  adapters: Omit<Readiness, 'ready'> & { alerts: AlertsStatus | ComponentStatus };
}

/** What the health endpoints say; every probe is bounded by HEALTH_PROBE_TIMEOUT_MS, so none hangs. */
@Injectable()
export class HealthReport {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    private readonly projection: ContactGraphProjection,
    private readonly alerts: AlertsHealth,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async readiness(): Promise<Readiness> {
    const [eventStore, contactGraph, head] = await Promise.all([
      this.probe('event store', () => this.store.health()),
      this.probe('contact graph', () => this.graph.health()),
      within(this.config.healthProbeTimeoutMs, 'log head', () => this.store.headPosition()).then(
        (position) => ({ position }),
        (error: unknown) => ({ error: message(error) }),
      ),
    ]);
    const projection = this.projectionStatus(head);
    return {
      ready: eventStore.state === 'up' && contactGraph.state === 'up' && projection.state !== 'down',
      eventStore: { adapter: this.store.adapter, ...eventStore },
      contactGraph: { adapter: this.graph.adapter, ...contactGraph },
      projection,
    };
  }

  async detailed(): Promise<DetailedHealth> {
    const [{ ready, ...adapters }, alerts] = await Promise.all([
      this.readiness(),
      within(this.config.healthProbeTimeoutMs, 'alerts', () => this.alerts.check()).catch(
        (error: unknown): ComponentStatus => ({ state: 'down', detail: message(error) }),
      ),
    ]);
    const parts = [adapters.eventStore, adapters.contactGraph, adapters.projection, alerts].map((c) => c.state);
    const status = !ready ? 'down' : worst(parts) === 'up' ? 'up' : 'degraded';
    return { status, live: true, ready, adapters: { ...adapters, alerts } };
  }

  private async probe(what: string, check: () => Promise<{ ok: boolean; detail?: string }>): Promise<ComponentStatus> {
    try {
      const { ok, detail } = await within(this.config.healthProbeTimeoutMs, what, check);
      return { state: stateOf(ok), ...(detail ? { detail } : {}) };
    } catch (error) {
      return { state: 'down', detail: message(error) };
    }
  }

  /**
   * Down while it fails (queries would not see new writes); degraded while it lags the log head.
   * Read off the positions, never waited for: a probe must answer at once, even mid-batch.
   */
  private projectionStatus(head: { position: bigint | null } | { error: string }): Readiness['projection'] {
    const at = () => ({ position: this.projection.position?.toString() ?? null, head: 'position' in head ? (head.position?.toString() ?? null) : null });
    const error = this.projection.lastError;
    if (error !== null) return { state: 'down', ...at(), detail: error };
    if ('error' in head) return { state: 'degraded', ...at(), detail: `the log head is unknown: ${head.error}` };
    const position = this.projection.position;
    const behind = head.position === null ? 0n : head.position - (position ?? 0n);
    return behind <= 0n ? { state: 'up', ...at() } : { state: 'degraded', ...at(), detail: `${behind} positions behind the log head` };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
