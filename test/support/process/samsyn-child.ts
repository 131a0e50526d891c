import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '@samsyn/testing';

const ROOT = resolve(__dirname, '../../..');
const UP_TIMEOUT_MS = 120_000;

export interface SamsynChild {
  readonly gatewayUrl: string;
  readonly pid: number;
  /** Every line the process wrote on stdout so far. */
  readonly lines: string[];
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
  /** Resolves once a line matching `pattern` was written (after `from` lines), or rejects after `timeoutMs`. */
  waitForLine(pattern: RegExp, timeoutMs: number, from?: number): Promise<string>;
}

/**
 * The all-in-one process exactly as `npm start` runs it (apps/samsyn/src/main.ts), on a free gateway
 * port and free subgraph ports, without demo data unless asked; resolves once it says it is up.
 */
export async function startSamsynChild(env: NodeJS.ProcessEnv): Promise<SamsynChild> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    SAMSYN_DEMO_DATA: 'off',
    SAMSYN_SUBGRAPH_PORTS: 'free',
    PORT: String(port),
    ...env,
  };
  for (const name of ['SAMSYN_MASTER_KEY', 'DATABASE_URL', 'KURRENTDB_URL']) if (!env[name]) delete childEnv[name];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/samsyn/src/main.ts'], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const wake of waiters) wake();
  });
  const waitForLine = (pattern: RegExp, timeoutMs: number, from = 0): Promise<string> =>
    new Promise((found, failed) => {
      const check = (): boolean => {
        const line = lines.slice(from).find((candidate) => pattern.test(candidate));
        if (line === undefined) return false;
        finish();
        found(line);
        return true;
      };
      const timer = setTimeout(() => {
        finish();
        failed(
          new Error(`no line matching ${pattern} within ${timeoutMs} ms; the process wrote:\n${lines.join('\n')}`),
        );
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        waiters.delete(wake);
      };
      const wake = (): void => void check();
      if (!check()) waiters.add(wake);
      void exited.then(() => {
        if (waiters.has(wake) && !check()) {
          finish();
          failed(new Error(`the process ended before writing ${pattern}:\n${lines.join('\n')}`));
        }
      });
    });
  const samsyn = {
    gatewayUrl: `http://127.0.0.1:${port}/graphql`,
    pid: pidOf(child),
    lines,
    exited,
    kill: (signal: NodeJS.Signals) => child.kill(signal),
    waitForLine,
  };
  try {
    await waitForLine(/^Samsyn is up/, UP_TIMEOUT_MS);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return samsyn;
}

/** Stops the process with SIGTERM (SIGKILL after 20 s) and waits for it to end. */
export async function stopSamsynChild(child: SamsynChild): Promise<void> {
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await child.exited;
  clearTimeout(timer);
}

function pidOf(child: ChildProcess): number {
  if (child.pid === undefined) throw new Error('the Samsyn process did not start');
  return child.pid;
}
