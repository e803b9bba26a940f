import { describe, expect, it } from '@jest/globals';
import type { ContactGraph } from '../../../libs/contact-graph/contact-graph.port.js';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import type { AlertsHealth } from '../../../src/alerts/application/alerts-health.js';
import type { ContactGraphProjection } from '../../../src/exposure/application/projections/contact-graph.projection.js';
import type { AppConfig } from '../../../src/platform/config/app-config.js';
import { HealthReport } from '../../../src/health/health-report.js';

const never = () => new Promise<never>(() => undefined);
const up = async () => ({ ok: true });

/** The report over stand-ins: what it decides from each part's answer (real adapters: test/integration). */
function report(parts: { store?: Partial<EventStore>; graph?: Partial<ContactGraph>; projectionError?: string; alerts?: Partial<AlertsHealth> } = {}) {
  const store = { adapter: 'sqlite', health: up, headPosition: async () => 5n, ...parts.store } as EventStore;
  const graph = { adapter: 'neo4j', health: up, ...parts.graph } as ContactGraph;
  const projection = { position: 5n, lastError: parts.projectionError ?? null, catchUp: async () => true } as unknown as ContactGraphProjection;
  const alerts = { check: async () => ({ state: 'up' }), ...parts.alerts } as unknown as AlertsHealth;
  return new HealthReport(store, graph, projection, alerts, { healthProbeTimeoutMs: 50 } as AppConfig);
}

describe('health report', () => {
  it('calls an adapter that does not answer down, naming the wait, instead of hanging', async () => {
    const health = await report({ graph: { health: never }, store: { headPosition: never } }).detailed();
    expect(health).toMatchObject({ status: 'down', ready: false, adapters: { contactGraph: { state: 'down', detail: 'contact graph: no answer within 50 ms' } } });
    expect(health.adapters.projection).toMatchObject({ state: 'degraded', detail: expect.stringMatching(/log head is unknown: log head: no answer within 50 ms/) });
  });

  it('stays ready, degraded, when only the alerts are not up', async () => {
    const waiting = report({ alerts: { check: async () => ({ state: 'degraded', detail: 'alerts are waiting' }) as never } });
    expect(await waiting.detailed()).toMatchObject({ status: 'degraded', ready: true });
    const hung = report({ alerts: { check: never } });
    expect(await hung.detailed()).toMatchObject({ status: 'degraded', ready: true, adapters: { alerts: { state: 'down', detail: 'alerts: no answer within 50 ms' } } });
  });

  it('is not ready while the projection fails, nor when the event store is down', async () => {
    expect(await report({ projectionError: 'neo4j unavailable' }).readiness()).toMatchObject({ ready: false, projection: { state: 'down', detail: 'neo4j unavailable' } });
    expect(await report({ store: { health: async () => ({ ok: false, detail: 'disk' }) } }).readiness()).toMatchObject({ ready: false, eventStore: { state: 'down', detail: 'disk' } });
    expect(await report().detailed()).toMatchObject({ status: 'up', ready: true });
  });
});
