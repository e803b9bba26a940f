import { describe, expect, it } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import { client, KEYS } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

/** One raw request, whatever its headers (fetch refuses some), answering status, headers and body. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject).end();
  });
}

/**
 * The service's edge (issue 15, "The edge"): who is let in before anything is read, how often,
 * and what every answer tells a browser. Budgets are set low here so that a test reaches them.
 */
describe('the edge: authentication first, rate limits, security headers', () => {
  const service = useTestApp({ env: { AUTH_FAILURES_PER_MINUTE: '5', WRITES_PER_MINUTE: '8' } });

  it('refuses a 2.5 MB body without a key with 401 and WWW-Authenticate, before reading it (not 413)', async () => {
    const r = await fetch(`${service.app.url}/v1/persons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"fullName":"${'x'.repeat(2_500_000)}"}` });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer realm="exposure-service"');
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await r.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('answers 429 with Retry-After once an address has used up its wrong keys, and still serves a right key from there', async () => {
    const wrong = client(service.app.url, 'guessed-key-0000');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await wrong.get('/v1/cases')).status);
    // The first test's request was the first failure of this address.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const refused = await wrong.get('/v1/cases');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect(refused.body.detail).not.toContain('guessed');
    expect((await client(service.app.url, KEYS.investigator).get('/v1/cases')).status).toBe(200);
  });
});

describe('the edge: writes per key, headers, metrics', () => {
  const service = useTestApp({ env: { WRITES_PER_MINUTE: '3' } });

  it('limits the writes of one key, not of the others, and writes nothing refused', async () => {
    const inv = client(service.app.url, KEYS.investigator);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await inv.post('/v1/persons', { personId: `R${i}`, fullName: `Người ${i}` })).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect((await inv.get('/v1/persons/R3')).status).toBe(404);
    expect((await inv.get('/v1/persons/R2')).status).toBe(200);
    expect((await client(service.app.url, KEYS.taskForce).post('/v1/persons', { personId: 'T1', fullName: 'Tổ công tác' })).status).toBe(201);
  });

  it('sends security headers, no X-Powered-By, and no CORS header unless CORS_ORIGINS allows the origin', async () => {
    for (const path of ['/health', '/v1/cases', '/v1/nowhere']) {
      const r = await fetch(service.app.url + path, { headers: { authorization: `Bearer ${KEYS.investigator}`, origin: 'https://evil.example' } });
      expect(r.headers.get('x-powered-by')).toBeNull();
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(r.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
      expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('serves /metrics to an admin only', async () => {
    const anon = await fetch(`${service.app.url}/metrics`);
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toBe('Bearer realm="exposure-service"');
    expect((await client(service.app.url, KEYS.investigator).get('/metrics')).status).toBe(403);
    const admin = await client(service.app.url, KEYS.admin).get('/metrics');
    expect(admin.status).toBe(200);
    expect(admin.body).toMatch(/http_requests_total/);
  });

  it('answers headers larger than Node takes with 431 problem+json', async () => {
    const r = await rawGet(`${service.app.url}/health`, { 'x-filler': 'y'.repeat(40_000) });
    expect(r.status).toBe(431);
    expect(r.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(r.body)).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
  });
});

describe('the edge, with CORS_ORIGINS set', () => {
  const service = useTestApp({ env: { CORS_ORIGINS: 'https://console.soyte.example' } });

  it('allows that origin and exposes the headers a client reads, and no other origin', async () => {
    const call = (origin: string) => fetch(`${service.app.url}/v1/cases`, { headers: { authorization: `Bearer ${KEYS.investigator}`, origin } });
    const allowed = await call('https://console.soyte.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.soyte.example');
    expect(allowed.headers.get('access-control-expose-headers')).toContain('X-Next-Cursor');
    expect((await call('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
