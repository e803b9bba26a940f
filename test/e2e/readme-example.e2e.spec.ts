import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuiltService, ensureBuilt, freePort, startBuiltService } from '../support/built-service.js';
import { removeDir } from '../support/test-app.js';

const HEADING = '## A worked example with curl';
const BLOCK_TIMEOUT_MS = 120_000;

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
function runInBash(block: string, env: Record<string, string>, cwd?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', block], { env, cwd, timeout: BLOCK_TIMEOUT_MS, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`the README block failed or did not finish within ${BLOCK_TIMEOUT_MS / 1000} s (${error.message}); stdout:\n${stdout}\nstderr:\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** A built service as after `npm start` on a fresh clone: no API_KEYS (keys are generated), embedded adapters. */
function useFreshService(name: string) {
  const fresh = { dataDir: mkdtempSync(join(tmpdir(), `exposure-${name}-`)), port: 0 };
  let service: BuiltService | null = null;
  beforeAll(async () => {
    ensureBuilt();
    fresh.port = await freePort();
    const settings = ['API_KEYS', 'EVENT_STORE', 'CONTACT_GRAPH', 'ALERTS', 'CHECKIN_INGEST', 'NODE_OPTIONS'];
    const env = Object.fromEntries(Object.entries(process.env).filter(([setting]) => !settings.includes(setting)));
    service = await startBuiltService({ ...env, DATA_DIR: fresh.dataDir, LOG_LEVEL: 'warn' }, fresh.port);
  }, 300_000);
  afterAll(async () => {
    await service?.stop();
    removeDir(fresh.dataDir);
  });
  return fresh;
}

const userEnv = (port: number, dataDir: string) => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), PORT: String(port), DATA_DIR: dataDir });

describe('the README worked example, run as written against the built service', () => {
  const service = useFreshService('readme');

  it('prints P2 as F1 via V1 from the arrival, P3 as F2 via the household contact, and P3 told to isolate at home', async () => {
    const dayBefore = vietnamDay(3);
    const stdout = await runInBash(readmeBlock(), userEnv(service.port, service.dataDir));
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
  }, BLOCK_TIMEOUT_MS + 10_000);
});

describe("the task force's morning (docs/examples/task-force-workflow.sh), run against the built service", () => {
  const service = useFreshService('workflow');

  it('lists the case, pages its F1 with names, exports all 29 to CSV, finds W7 by +84 phone and shows the factory visit', async () => {
    const out = mkdtempSync(join(tmpdir(), 'exposure-workflow-out-'));
    const stdout = await runInBash(readFileSync('docs/examples/task-force-workflow.sh', 'utf8'), userEnv(service.port, service.dataDir), out);
    const lines = stdout.split('\n');
    const after = (heading: string) => lines[lines.findIndex((l) => l.startsWith(`## ${heading}`)) + 1];

    expect(JSON.parse(after('1.')).cases).toEqual([expect.objectContaining({ personId: 'W1', active: true, counts: { F1: 29 }, phone: '+84912345601' })]);
    const firstPage = JSON.parse(after('2.'));
    expect(firstPage).toMatchObject({ summary: { F1: 29, F2: 0, F3: 0 }, rows: 10, first: { personId: 'W10', fullName: 'Hoàng Văn Đức 10', level: 1 } });
    expect(firstPage.next).toEqual(expect.any(String));
    expect(lines.find((l) => l.startsWith('page 2:'))).toMatch(/^page 2: W2 W20 W21 .* W28 next: \S+$/);
    const csv = readFileSync(join(out, 'f1-W1.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split('\r\n')).toHaveLength(30);
    expect(stdout).toContain('(29 rows in f1-W1.csv)');
    expect(JSON.parse(after('4.')).persons).toEqual([expect.objectContaining({ personId: 'W7', phone: '+84912345607' })]);
    expect(JSON.parse(after('5.')).visits).toEqual([expect.objectContaining({ venueId: 'KCN-TB-F1', venueName: 'Nhà máy may Tân Bình, xưởng 1' })]);
    // The export is in the audit trail with the purpose the script gave.
    const auditorKey = JSON.parse(readFileSync(join(service.dataDir, 'initial-api-keys.json'), 'utf8')).auditor;
    const audit = await fetch(`http://127.0.0.1:${service.port}/v1/audit?personId=W7&limit=1000`, { headers: { authorization: `Bearer ${auditorKey}` } });
    const exports = ((await audit.json()) as { records: { route: string; purpose: string | null; role: string }[] }).records.filter((r) => r.purpose !== null);
    expect(exports).toEqual([expect.objectContaining({ role: 'task-force', route: '/v1/cases/:personId/exposures', purpose: 'F1 call list for case W1' })]);
    removeDir(out);
  }, BLOCK_TIMEOUT_MS + 10_000);
});
