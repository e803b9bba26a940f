import type { INestApplication } from '@nestjs/common';
import helmet from 'helmet';

/**
 * Helmet's defaults (no sniffing, no framing, a strict content security policy that the bundled
 * /docs page satisfies, HSTS) on every answer, and no `X-Powered-By` naming the framework.
 * CORS stays off unless CORS_ORIGINS names the origins a browser client may call from.
 */
export function secureHeaders(app: INestApplication, corsOrigins: string[]): void {
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  // An office reaches the service on plain http inside its network: upgrading /docs' scripts to
  // https there would break the page, so that one directive is left out.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  if (corsOrigins.length > 0) app.enableCors({ origin: corsOrigins, exposedHeaders: ['X-Log-Position', 'X-Stale', 'X-Next-Cursor', 'Retry-After'] });
}
