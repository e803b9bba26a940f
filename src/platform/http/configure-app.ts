import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import { httpMetricsMiddleware } from '../../health/http-metrics.js';
import { createOpenApiDocument } from './openapi/openapi-document.js';
import { validationPipe } from './validation.js';

/** HTTP concerns shared by the server and the end-to-end tests. */
export function configureApp(app: INestApplication): void {
  app.use(express.json({ limit: '2mb', type: ['application/json', 'application/*+json'] }));
  app.use(httpMetricsMiddleware);
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app));
}
