import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram } from 'prom-client';

export const httpMetrics = {
  requests: new Counter({ name: 'http_requests_total', help: 'HTTP requests', labelNames: ['method', 'route', 'status'], registers: [] }),
  duration: new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [],
  }),
};

/** Counts requests by route pattern (not by raw path, which would explode the label set). */
export function httpMetricsMiddleware(req: Request, res: Response, next: NextFunction): void {
  const stop = httpMetrics.duration.startTimer();
  res.on('finish', () => {
    const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
    httpMetrics.requests.inc({ method: req.method, route, status: String(res.statusCode) });
    stop({ method: req.method, route });
  });
  next();
}
