import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../platform/config/app-config.js';
import type { AppConfig } from '../platform/config/app-config.js';
import { VenuesController } from './api/venues.controller.js';
import { RegisterVenueHandler } from './application/commands/register-venue.handler.js';
import { loadQrSecret, QR_SECRET } from './application/qr-secret.js';

/** Global because check-ins verify the QR payloads this context signs. */
@Global()
@Module({
  controllers: [VenuesController],
  providers: [
    { provide: QR_SECRET, inject: [APP_CONFIG], useFactory: (c: AppConfig) => loadQrSecret(c.qrSigningSecret, c.dataDir) },
    RegisterVenueHandler,
  ],
  exports: [QR_SECRET],
})
export class VenuesModule {}
