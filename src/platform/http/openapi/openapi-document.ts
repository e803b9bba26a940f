import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The security scheme every protected operation names (see Roles). */
export const BEARER_SCHEME = 'bearer';

/** The OpenAPI document of the running routes: served at /docs and /docs-json, and written by `npm run openapi`. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Exposure service')
    .setDescription(
      'Event-sourced contact tracing: check-ins, contacts, test results, exposure chains (DESIGN.md section 4). ' +
        'Errors are RFC 7807 problem details (application/problem+json). Instants are ISO 8601: requests give an offset, answers are UTC.',
    )
    .setVersion('v1')
    .addServer('/', 'this service')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'API key',
        description: 'an API key from API_KEYS (not a JWT): `Authorization: Bearer <key>`; its role decides what it may do',
      },
      BEARER_SCHEME,
    )
    .addTag('persons', 'people the task force traces')
    .addTag('venues', 'places with a QR code people scan')
    .addTag('check-ins', 'scans at venues')
    .addTag('contacts', 'contacts found in interviews')
    .addTag('cases', 'test results and confirmed cases')
    .addTag('isolation', 'isolation orders')
    .addTag('exposure', 'exposure chains and a person’s status')
    .addTag('alerts', 'exposure alerts for follow-up')
    .addTag('admin', 'read models for operators')
    .addTag('audit', 'who read or wrote whose data, why and when')
    .addTag('health', 'liveness, readiness and metrics')
    .build();
  return SwaggerModule.createDocument(app, config);
}
