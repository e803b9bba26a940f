import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { Roles } from '../platform/auth/roles.decorator.js';
import { httpMetrics } from './http-metrics.js';

const registry = new Registry();
collectDefaultMetrics({ register: registry });
registry.registerMetric(httpMetrics.requests);
registry.registerMetric(httpMetrics.duration);

@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  /** Request counts by route tell who is being traced: an operator's read, not a public one. */
  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Prometheus metrics (admin key: a scraper sends it as a bearer token)' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'the Prometheus text format', content: { 'text/plain': { schema: { type: 'string' }, example: 'http_requests_total{method="GET",route="/health",status="200"} 3\n' } } })
  async metrics(@Res() res: Response) {
    res.type(registry.contentType).send(await registry.metrics());
  }
}
