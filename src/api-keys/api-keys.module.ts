import { Module } from '@nestjs/common';
import { ApiKeysController } from './api/api-keys.controller.js';

/** The API keys an admin manages (the registry itself is the platform's, used by every request). */
@Module({ controllers: [ApiKeysController] })
export class ApiKeysModule {}
