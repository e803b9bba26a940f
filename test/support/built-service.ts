import { ChildProcess, execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { waitUntil } from './wait-until.js';

/** What `npm start` runs once it has built the service. */
export const MAIN = join(process.cwd(), 'dist/src/main.js');

/**
 * Builds the service when dist is missing or older than a source file, so that a test of the
 * built service never tests yesterday's code. CI builds before `npm test`, and then this is quick.
 */
export function ensureBuilt(): void {
  const built = existsSync(MAIN) ? statSync(MAIN).mtimeMs : 0;
  const stale = ['src', 'libs'].some((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.ts') && statSync(join(dir, f)).mtimeMs > built),
  );
  if (!stale) return;
  console.log(`${MAIN} is ${built ? 'older than the sources' : 'missing'}: running npm run build`);
  execSync('npm run build', { stdio: 'inherit' });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface BuiltService {
  child: ChildProcess;
  /** SIGTERM, and SIGKILL when it has not exited within 10 s. */
  stop(): Promise<void>;
}

/** The built service as its own process, as `npm start` runs it; resolves once /health answers 200. */
export async function startBuiltService(env: Record<string, string | undefined>, port: number): Promise<BuiltService> {
  const child = spawn(process.execPath, [MAIN], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntil(`the built service (${MAIN}) to answer 200 on :${port}/health`, async () => {
      if (child.exitCode !== null) throw new Error(`it exited with ${child.exitCode}; its stderr: ${stderr || '(empty)'}`);
      const status = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status, (e: Error) => e.message);
      return { done: status === 200, seen: { status, stderr } };
    }, { timeoutMs: 60_000, intervalMs: 100 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { child, stop };
}
