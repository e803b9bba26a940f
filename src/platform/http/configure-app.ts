import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { httpMetricsMiddleware } from '../../health/http-metrics.js';
import { API_KEYS } from '../auth/api-key.guard.js';
import type { AppConfig } from '../config/app-config.js';
import type { ApiKeyRegistry } from '../auth/api-key-registry.js';
import { APP_CONFIG } from '../config/app-config.js';
import { authenticateFirst } from './edge/authenticate-first.js';
import { answerClientErrors } from './edge/header-overflow.js';
import { RateLimits } from './edge/rate-limits.js';
import { secureHeaders } from './edge/security-headers.js';
import { InvalidInputError } from '../errors.js';
import { IdParamsPipe } from './id-params.pipe.js';
import { boundsErrors } from './input-bounds.js';
import { createOpenApiDocument } from './openapi/openapi-document.js';
import { validationPipe } from './validation.js';

/** HTTP concerns shared by the server and the end-to-end tests. */
export function configureApp(app: INestApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  secureHeaders(app, config.corsOrigins);
  answerClientErrors(app.getHttpServer());
  app.use('/v1', authenticateFirst(app.get<ApiKeyRegistry>(API_KEYS), new RateLimits(config)));
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
