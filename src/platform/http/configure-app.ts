import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { httpMetricsMiddleware } from '../../health/http-metrics.js';
import { InvalidInputError } from '../errors.js';
import { IdParamsPipe } from './id-params.pipe.js';
import { boundsErrors } from './input-bounds.js';
import { createOpenApiDocument } from './openapi/openapi-document.js';
import { validationPipe } from './validation.js';

/** HTTP concerns shared by the server and the end-to-end tests. */
export function configureApp(app: INestApplication): void {
  app.use(express.json({ limit: '2mb', type: ['application/json', 'application/*+json'] }));
  app.use(httpMetricsMiddleware);
  app.use(refuseOutOfBounds);
  app.useGlobalPipes(new IdParamsPipe(), validationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app));
}

/** A body deeper or larger than any request of this API is a 400 before validation recurses into it. */
function refuseOutOfBounds(req: Request, _res: Response, next: NextFunction): void {
  const errors = boundsErrors(req.body);
  next(errors.length > 0 ? new InvalidInputError(errors) : undefined);
}
