import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { eventually, settled } from '../alerts/support/alerts-over-http.js';
import { checkInBody, iso, lateCheckIn, newCase, postWorldCasesLast } from '../alerts/support/alert-world.js';
import { describeWithServer } from '../../support/infra.js';
import { ownServer } from '../../support/local-infra.js';
import { randomWorld } from '../../support/random-world.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../../support/test-app.js';

const own = ownServer('kafka', 'outage');
const SEED = 7;

/** Stops the real broker under a service that publishes alerts to it: the service must stay in rotation. */
describeWithServer('health while Kafka is down', own, 'needs deploy/local (KAFKA_BROKERS on loopback): it starts a broker of its own, which it stops and restarts', () => {
  const world = randomWorld(SEED, { persons: 40, venues: 8, days: 5 });
  const late = lateCheckIn(world);
  const outbreak = newCase(late.after);
  const anon = () => client(app.url, '');
  let app: RunningApp;

  beforeAll(async () => {
    await own!.start();
    app = await startApp({ now: world.now, env: { ALERTS: 'kafka', ...own!.env, ALERTS_RETRY_MAX_MS: '1000' } });
    await postWorldCasesLast(app.url, world, SEED);
    await settled(app.app, { published: true });
  }, 300_000);
  afterAll(async () => {
    await own!.start();
    await app?.close();
    if (app) removeDir(app.dataDir);
    await own!.stop();
  }, 300_000);

  it('is ready and answers 200 with alerts degraded while alerts wait; up again once the broker is back', async () => {
    expect(await anon().get('/health')).toMatchObject({ status: 200, body: { status: 'up', adapters: { alerts: { state: 'up' } } } });

    await own!.stop();
    // Writes still work: a check-in pair and a positive result whose alerts must now wait.
    const batch = await client(app.url, KEYS.gateway).post('/v1/check-ins/batch', { items: late.checks.map(checkInBody) });
    expect(batch.body.results.map((r: { status: number }) => r.status)).toEqual([202, 202]);
    const positive = await client(app.url, KEYS.investigator).post('/v1/test-results', {
      testId: outbreak.test.testId,
      personId: outbreak.test.personId,
      sampledAt: iso(outbreak.test.sampledAt),
      result: 'positive',
      method: 'pcr',
    });
    expect(positive.status).toBe(201);
    expect(positive.body.caseConfirmed).toBe(true);

    const degraded = await eventually('GET /health to report the alerts waiting for the stopped broker', async () => {
      const r = await anon().get('/health');
      return r.body.adapters.alerts.state === 'degraded' ? r : null;
    }, 60_000);
    expect(degraded.status).toBe(200);
    expect(degraded.body).toMatchObject({
      status: 'degraded',
      live: true,
      ready: true,
      adapters: {
        eventStore: { state: 'up' },
        contactGraph: { state: 'up' },
        alerts: { state: 'degraded', reactor: { state: 'up' }, outbox: { state: 'degraded', adapter: 'kafka', detail: expect.stringMatching(/alerts are waiting/) } },
      },
    });
    expect(await anon().get('/health/ready')).toMatchObject({ status: 200, body: { status: 'up', ready: true } });
    expect(await anon().get('/health/live')).toMatchObject({ status: 200, body: { live: true } });
    // Queries too: the case's exposures are answered while its alerts wait.
    expect((await client(app.url, KEYS.investigator).get(`/v1/cases/${outbreak.test.personId}/exposures`)).status).toBe(200);

    await own!.start();
    await settled(app.app, { published: true, timeoutMs: 120_000 });
    const up = await eventually('GET /health to say up once the alerts went out', async () => {
      const r = await anon().get('/health');
      return r.body.status === 'up' ? r : null;
    }, 60_000);
    expect(up.body.adapters.alerts).toMatchObject({ state: 'up', outbox: { state: 'up', failedAttempts: 0 } });
  }, 300_000);
});
