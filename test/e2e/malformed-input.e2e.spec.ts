import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { performance } from 'node:perf_hooks';
import { keepAliveClient, RawAnswer } from '../support/keep-alive-client.js';
import { ISSUE_EXAMPLES, malformedRequests, MalformedRequest, NOW, OTHER, PERSON, VENUE } from '../support/malformed-requests.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';

/** Issue 12: no input can make a 500, and bad input writes nothing. Bounded and seeded: the same requests every run. */
const SEED = 20210710;
const COUNT = 5000;
const IN_FLIGHT = 6;
/** The issue's bound for `/health` while a maximal batch is processed. */
const HEALTH_WITHIN_MS = 100;
const BATCH_ROUNDS = 5;

/** What is wrong with the answer to a request that had to be refused; empty when nothing is. */
function violations(req: MalformedRequest, answer: RawAnswer): string[] {
  const { status, contentType, body } = answer;
  if (status >= 500) return [`${status}: ${JSON.stringify(body).slice(0, 200)}`];
  if (req.itemFields) {
    if (status !== 207) return [`${status} instead of 207 for a batch of bad items`];
    return req.itemFields.flatMap((fields, i) => {
      const result = body.results?.[i];
      if (!(result?.status >= 400 && result.status < 500)) return [`item ${i} answered ${result?.status}`];
      if (result.error?.status !== result.status || typeof result.error.title !== 'string') return [`item ${i} error is not problem details`];
      return unnamed(fields, result.error).map((f) => `item ${i}: ${f}`);
    });
  }
  if (status < 400) return [`accepted with ${status}`];
  const problems: string[] = [];
  if (!/^application\/problem\+json/.test(contentType)) problems.push(`content-type ${contentType}`);
  if (body?.status !== status || typeof body.title !== 'string') problems.push('not problem details');
  if (req.fields.length > 0) {
    if (status !== 400) problems.push(`${status} instead of 400`);
    problems.push(...unnamed(req.fields, body));
  }
  return problems;
}

/** Expected fields the answer does not name (a field counts as named when an error is about it or inside it). */
function unnamed(fields: string[], problem: { errors?: { field: string }[] }): string[] {
  const named = (problem.errors ?? []).map((e) => e.field);
  return fields.filter((f) => !named.some((n) => n === f || n.startsWith(`${f}.`) || n.startsWith(`${f}[`))).map((f) => `${f} not named (named: ${named.join(', ')})`);
}

describe('malformed input (issue 12)', () => {
  let app: RunningApp;
  let http: ReturnType<typeof keepAliveClient>;
  /** The log head: a refused request must leave it where it was. */
  const head = async () => (await http.send('GET', '/health', {})).body.adapters.projection.head as string;
  const postJson = (key: string, path: string, body: unknown) =>
    http.send('POST', path, { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, JSON.stringify(body));
  const send = (req: MalformedRequest): Promise<RawAnswer> => {
    const headers: Record<string, string> = { authorization: `Bearer ${req.key}` };
    if (req.body !== undefined) headers['content-type'] = req.contentType ?? 'application/json';
    return http.send(req.method, req.path, headers, req.body);
  };

  beforeAll(async () => {
    app = await startApp({ now: NOW });
    http = keepAliveClient(app.url, IN_FLIGHT);
    const inv = client(app.url, KEYS.investigator);
    for (const personId of [PERSON, OTHER]) expect((await inv.post('/v1/persons', { personId, fullName: `Person ${personId}` })).status).toBe(201);
    expect((await inv.post('/v1/venues', { venueId: VENUE, name: 'Office', kind: 'office' })).status).toBe(201);
  });
  afterAll(async () => {
    http.close();
    await app.close();
    removeDir(app.dataDir);
  });

  /**
   * The client runs in the service's process, so a probe waits through every moment the service
   * holds the event loop. On a loaded 2-core machine a probe also waits while the OS runs other
   * processes, which says nothing about the service: so a probe's time is the wall-clock time,
   * or the CPU time this process used meanwhile when that is less (the service's own work, its
   * threads included; not a wait on the disk). And the batch is sent several times: the bound
   * must hold for every probe of at least one of them (a garbage collection or an unlucky moment
   * spoils one round; a service that blocks during every batch fails every round).
   */
  it(`answers /health within ${HEALTH_WITHIN_MS} ms during a maximal batch`, async () => {
    const people = Array.from({ length: 50 }, (_, p) => `H${p}`);
    for (const personId of people) expect((await postJson(KEYS.investigator, '/v1/persons', { personId, fullName: personId })).status).toBe(201);
    const rounds: number[][] = [];
    for (let round = 0; round < BATCH_ROUNDS; round++) {
      const items = Array.from({ length: 1000 }, (_, i) => ({
        checkInId: `h${round}-${i}`,
        personId: people[i % people.length],
        venueId: VENUE,
        direction: Math.floor(i / people.length) % 2 === 0 ? 'in' : 'out',
        at: new Date(Date.parse('2021-07-19T00:00:00Z') + round * 3_600_000 + Math.floor(i / people.length) * 60_000).toISOString(),
      }));
      const inFlight = { batch: true };
      const batch = postJson(KEYS.gateway, '/v1/check-ins/batch', { items }).finally(() => (inFlight.batch = false));
      const probes: number[] = [];
      // Every probe sent before the batch was answered counts, the one that waited for it too.
      while (inFlight.batch) {
        const [started, cpu] = [performance.now(), process.cpuUsage()];
        expect((await http.send('GET', '/health', {})).status).toBe(200);
        const { user, system } = process.cpuUsage(cpu);
        probes.push(Math.min(performance.now() - started, (user + system) / 1000));
      }
      const { status, body } = await batch;
      expect([round, status, body.results.filter((r: { status: number }) => r.status !== 202)]).toEqual([round, 207, []]);
      rounds.push(probes);
    }
    const worst = rounds.map((probes) => Math.round(Math.max(...probes)));
    const report = `probes per batch: ${rounds.map((p) => p.length).join(', ')}; slowest probe per batch (ms): ${worst.join(', ')}`;
    // In at least one round /health was answered more than once while the batch was in flight (a
    // service that holds the loop for the whole batch answers once, after it, in every round), and
    // every one of that round's probes within the bound.
    const held = rounds.some((probes) => probes.length >= 2 && Math.max(...probes) <= HEALTH_WITHIN_MS);
    expect([report, held]).toEqual([report, true]);
  }, 120_000);

  it('refuses each example of the issue with a 400 naming the field, and writes nothing', async () => {
    const before = await head();
    for (const req of ISSUE_EXAMPLES) expect([req.label, violations(req, await send(req))]).toEqual([req.label, []]);
    expect(await head()).toBe(before);
  });

  it(`refuses ${COUNT} seeded malformed requests across the JSON endpoints: no 5xx, problem details naming the bad fields, nothing written`, async () => {
    const requests = malformedRequests(COUNT, SEED);
    const before = await head();
    const found: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const req = requests[next++];
        for (const v of violations(req, await send(req))) found.push(`${req.label}: ${v}`);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect([found.length, found.slice(0, 20)]).toEqual([0, []]);
    expect(await head()).toBe(before);
  }, 180_000);
});
