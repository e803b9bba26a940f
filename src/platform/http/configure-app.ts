import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import { httpMetricsMiddleware } from '../../health/http-metrics.js';
import { validationPipe } from './validation.js';

/** HTTP concerns shared by the server and the end-to-end tests. */
export function configureApp(app: INestApplication): void {
  app.use(express.json({ limit: '2mb', type: ['application/json', 'application/*+json'] }));
  app.use(httpMetricsMiddleware);
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('Exposure service')
    .setDescription('Event-sourced contact tracing: check-ins, contacts, test results, exposure chains (DESIGN.md section 4)')
    .setVersion('v1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key' })
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
}
