import 'reflect-metadata';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { openApiKeys } from './platform/auth/api-keys.js';
import { ConfigError, type AppConfig } from './platform/config/app-config.js';
import { loadConfig } from './platform/config/load-config.js';
import { configureApp } from './platform/http/configure-app.js';
import { keepDataDirPrivate } from './platform/infrastructure/private-data-dir.js';

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
};

async function main(): Promise<void> {
  const log = new Logger('Main');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  keepDataDirPrivate(config.dataDir);
  const { registry, initialKeysFile, migrated } = openApiKeys(config.apiKeys, config.dataDir, Date.now());
  if (initialKeysFile) log.log(`first start: one API key per role is in ${initialKeysFile} (mode 0600), in clear this once: keep them in your secret store and delete that file`);
  if (migrated) log.log('the plain API keys of api-keys.json are now stored as salted hashes; the same keys go on working');
  const app = await NestFactory.create(AppModule.register({ config, apiKeys: registry }), {
    bodyParser: false,
    logger: LOG_LEVELS[config.logLevel],
  });
  configureApp(app);
  await app.listen(config.port);
  log.log(
    `exposure service on :${config.port} (event store ${config.eventStore}, contact graph ${config.contactGraph}, alerts ${config.alerts}); docs at /docs`,
  );
}

void main();
