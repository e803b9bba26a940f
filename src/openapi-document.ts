import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { ApiKeyRegistry } from './platform/auth/api-key-registry.js';
import { loadConfig } from './platform/config/load-config.js';
import { createOpenApiDocument } from './platform/http/openapi/openapi-document.js';

/**
 * The OpenAPI document without an HTTP server: the app is built (never started) with the embedded
 * defaults and a throw-away data directory, so no environment or running infrastructure is needed.
 */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const dataDir = mkdtempSync(join(tmpdir(), 'exposure-openapi-'));
  try {
    const config = loadConfig({ DATA_DIR: dataDir });
    const app = await NestFactory.create(AppModule.register({ config, apiKeys: new ApiKeyRegistry(new Map(), null) }), { logger: ['error', 'warn'] });
    try {
      return createOpenApiDocument(app);
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
