import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CONTACT_GRAPH } from '../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../libs/contact-graph/contact-graph.port.js';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { Public } from '../platform/auth/roles.decorator.js';
import { AlertsHealth } from '../alerts/application/alerts-health.js';
import { ContactGraphProjection } from '../exposure/application/projections/contact-graph.projection.js';
import { HealthResponse } from './api/health.response.js';

type Check = { ok: boolean; detail?: string };

async function probe(f: () => Promise<Check>): Promise<Check> {
  try {
    return await f();
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Liveness (the process answers) and readiness (every adapter answers), each adapter by name. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    private readonly projection: ContactGraphProjection,
    private readonly alerts: AlertsHealth,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and readiness, with each adapter' })
  @ApiOkResponse({ type: HealthResponse, description: 'ready: every adapter answers' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'not ready: the adapters that fail say why' })
  async health(@Res({ passthrough: true }) res: Response) {
    const [eventStore, contactGraph, alerts, head] = await Promise.all([
      probe(() => this.store.health()),
      probe(() => this.graph.health()),
      this.alerts.check(),
      this.store.headPosition().catch(() => null),
    ]);
    const projection = {
      ok: this.projection.lastError === null,
      position: this.projection.position?.toString() ?? null,
      head: head?.toString() ?? null,
      ...(this.projection.lastError ? { detail: this.projection.lastError } : {}),
    };
    const ready = eventStore.ok && contactGraph.ok && projection.ok && alerts.ok;
    res.status(ready ? 200 : 503);
    return {
      status: ready ? 'ok' : 'degraded',
      live: true,
      ready,
      adapters: {
        eventStore: { adapter: this.store.adapter, ...eventStore },
        contactGraph: { adapter: this.graph.adapter, ...contactGraph },
        projection,
        alerts,
      },
    };
  }
}
