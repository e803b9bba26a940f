import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../platform/auth/roles.decorator.js';
import { HealthReport } from './health-report.js';
import { HealthResponse } from './api/health.response.js';
import { LivenessResponse } from './api/liveness.response.js';
import { ReadinessResponse } from './api/readiness.response.js';

/**
 * Liveness, readiness and the detailed status. Readiness is what a load balancer needs: a service
 * whose alerts only wait for Kafka still takes writes and answers queries, so it stays in rotation.
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly report: HealthReport) {}

  @Get()
  @ApiOperation({ summary: 'Each adapter: up, degraded or down; the HTTP status follows readiness' })
  @ApiOkResponse({ type: HealthResponse, description: 'ready; `status` is `up`, or `degraded` (e.g. alerts waiting for Kafka, projection behind)' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'not ready; `status` is `down` (the same body, not problem details)' })
  async health(@Res({ passthrough: true }) res: Response) {
    const health = await this.report.detailed();
    res.status(health.ready ? 200 : 503);
    return health;
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: 200 while the process answers; asks no adapter' })
  @ApiOkResponse({ type: LivenessResponse, description: 'the process answers' })
  live() {
    return { status: 'up', live: true };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: 200 when writes are accepted (event store) and queries answered (contact graph, projection not failing)' })
  @ApiOkResponse({ type: ReadinessResponse, description: 'ready' })
  @ApiServiceUnavailableResponse({ type: ReadinessResponse, description: 'not ready; `failing` names the parts and why (the same body, not problem details)' })
  async ready(@Res({ passthrough: true }) res: Response) {
    const { ready, ...parts } = await this.report.readiness();
    res.status(ready ? 200 : 503);
    const failing = Object.entries(parts)
      .filter(([, part]) => part.state === 'down')
      .map(([name, part]) => ({ name, detail: part.detail ?? null }));
    return { status: ready ? 'up' : 'down', ready, ...(failing.length > 0 ? { failing } : {}) };
  }
}
