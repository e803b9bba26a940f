import 'reflect-metadata';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { loadApiKeys } from './platform/auth/api-keys.js';
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
  const { keys, generatedFile } = loadApiKeys(config.apiKeys, config.dataDir);
  if (generatedFile) log.log(`API_KEYS is not set: one key per role is in ${generatedFile} (mode 0600)`);
  const app = await NestFactory.create(AppModule.register({ config, apiKeys: keys }), {
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
