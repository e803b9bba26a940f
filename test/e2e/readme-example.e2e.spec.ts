import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuiltService, ensureBuilt, freePort, startBuiltService } from '../support/built-service.js';
import { removeDir } from '../support/test-app.js';

const HEADING = '## A worked example with curl';
const BLOCK_TIMEOUT_MS = 60_000;

/** The first bash block under the worked example's heading, exactly as the README has it. */
function readmeBlock(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.indexOf(`\n${HEADING}\n`);
  if (section < 0) throw new Error(`README.md has no heading "${HEADING}"`);
  const start = readme.indexOf('\n```bash\n', section);
  const end = readme.indexOf('\n```\n', start + 1);
  if (start < 0 || end < 0) throw new Error(`README.md has no \`\`\`bash block under "${HEADING}"`);
  return readme.slice(start + '\n```bash\n'.length, end + 1);
}

/** The Vietnamese calendar day `daysAgo` days before now, as the README's `day` function computes it. */
function vietnamDay(daysAgo: number): string {
  return new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** Runs the block in a fresh bash, as a user would paste it, with only a user's environment. */
function runInBash(block: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', block], { env, timeout: BLOCK_TIMEOUT_MS, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`the README block failed or did not finish within ${BLOCK_TIMEOUT_MS / 1000} s (${error.message}); stdout:\n${stdout}\nstderr:\n${stderr}`));
      else resolve(stdout);
    });
  });
}

describe('the README worked example, run as written against the built service', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'exposure-readme-'));
  let service: BuiltService | null = null;
  let port = 0;

  beforeAll(async () => {
    ensureBuilt();
    port = await freePort();
    // As after `npm start` on a fresh clone: no API_KEYS (keys are generated), embedded adapters.
    const settings = ['API_KEYS', 'EVENT_STORE', 'CONTACT_GRAPH', 'ALERTS', 'CHECKIN_INGEST', 'NODE_OPTIONS'];
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !settings.includes(name)));
    service = await startBuiltService({ ...env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, port);
  }, 300_000);
  afterAll(async () => {
    await service?.stop();
    removeDir(dataDir);
  });

  it('prints P2 as F1 via V1 from the arrival, P3 as F2 via the household contact, and P3 told to isolate at home', async () => {
    const dayBefore = vietnamDay(3);
    const stdout = await runInBash(readmeBlock(), { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), PORT: String(port), DATA_DIR: dataDir });
    const dayAfter = vietnamDay(3);

    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(answers.filter((a) => typeof a.status === 'number' && a.status >= 400)).toEqual([]);
    expect(answers).toHaveLength(11);
    const [p1, p2, p3, , , , , contact, test, exposures, status] = answers;
    expect([p1, p2, p3]).toEqual([{ personId: 'P1' }, { personId: 'P2' }, { personId: 'P3' }]);
    expect(test).toEqual({ testId: expect.any(String), caseConfirmed: true, caseActive: true });

    // The market day is three days ago in Vietnam: the day the block ran (midnight may pass while it runs).
    const d1: string = exposures.exposures[0]?.exposedAt?.slice(0, 10);
    expect([dayBefore, dayAfter]).toContain(d1);
    const previous = new Date(Date.parse(d1) - 86_400_000).toISOString().slice(0, 10);
    expect(exposures.case).toEqual({ personId: 'P1', infectiousFrom: `${previous}T01:00:00.000Z`, infectiousUntil: null });
    expect(exposures.exposures).toEqual([
      expect.objectContaining({
        personId: 'P2', level: 1, exposedAt: `${d1}T01:30:00.000Z`, lastExposedAt: `${d1}T02:00:00.000Z`, confirmedCase: false, fullName: 'Person P2',
        via: { fromPersonId: 'P1', kind: 'co-presence', venueId: 'V1', contactId: null, from: `${d1}T01:30:00.000Z`, to: `${d1}T02:00:00.000Z` },
      }),
      expect.objectContaining({
        personId: 'P3', level: 2, exposedAt: `${d1}T11:00:00.000Z`, lastExposedAt: `${d1}T11:30:00.000Z`, confirmedCase: false, fullName: 'Person P3',
        via: { fromPersonId: 'P2', kind: 'recorded-contact', venueId: null, contactId: contact.contactId, from: `${d1}T11:00:00.000Z`, to: `${d1}T11:30:00.000Z` },
      }),
    ]);
    expect(exposures.summary).toMatchObject({ F1: 1, F2: 1 });
    expect(status).toMatchObject({
      personId: 'P3',
      classification: 'F2',
      recommendation: { policyVersion: '2021-07-v2', classification: 'F2', isolation: 'home', testDays: [1, 7] },
    });
  });
});
