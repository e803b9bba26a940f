import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  async metrics(@Res() res: Response) {
    res.type(registry.contentType).send(await registry.metrics());
  }
}
