import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { Public } from '../platform/auth/roles.decorator.js';
import { httpMetrics } from './http-metrics.js';

const registry = new Registry();
collectDefaultMetrics({ register: registry });
registry.registerMetric(httpMetrics.requests);
registry.registerMetric(httpMetrics.duration);

@ApiTags('health')
@Public()
@Controller('metrics')
export class MetricsController {
  @Get()
  @ApiOperation({ summary: 'Prometheus metrics' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'the Prometheus text format', content: { 'text/plain': { schema: { type: 'string' }, example: 'http_requests_total{method="GET",route="/health",status="200"} 3\n' } } })
  async metrics(@Res() res: Response) {
    res.type(registry.contentType).send(await registry.metrics());
  }
}
