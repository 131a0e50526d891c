import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { authConfigFromEnv, createTokenIssuer, type IssueTokenInput } from '@samsyn/auth';
import type { BenchContext } from '../section';
import { provideApiBenchDatabase, type ApiBenchDatabase } from './bench-database';
import type { BusCommand, ChildMessage, MemoryFigures, ParentMessage } from './protocol';
import { rssMiB } from './rss';

const REPO_ROOT = resolve(__dirname, '../..');
const STARTUP_TIMEOUT_MS = 300_000;
/** Quick runs load every 4th demo journey: start-up is most of a quick run. */
const QUICK_DEMO_EVERY = 4;

export interface BusRun {
  durationsMs: number[];
  failures: number;
  firstError: string | null;
}

/** The Samsyn the API sections measure: one child process, started once and shared by the sections. */
export interface BenchStack {
  readonly gatewayUrl: string;
  readonly journeySubgraphUrl: string;
  readonly journeyIds: readonly string[];
  /** The Samsyn process (its RSS is the memory figure). */
  readonly pid: number;
  /** 'PostgreSQL' or 'PGlite', where it came from, and the demo data it holds. */
  readonly store: string;
  readonly startupSeconds: number;
  /** RSS right after start-up (demo data loaded, read models caught up, servers listening), before any load. */
  readonly idleRssMiB: number | null;
  /** How long after start-up the idle figures were taken. */
  readonly idleAfterSeconds: number;
  /** process.memoryUsage() of Samsyn at the same moment. */
  readonly idleUsage: MemoryFigures;
  /** Right after: process.memoryUsage() after a forced full collection, and the RSS then (what idle holds alive). */
  readonly idleAfterGc: { usage: MemoryFigures; rssMiB: number | null };
  token(viewer: IssueTokenInput): Promise<string>;
  /** Runs the commands one after another on the journey subgraph's command bus, inside the Samsyn process. */
  runOnBus(author: string, commands: BusCommand[]): Promise<BusRun>;
  /** The Samsyn process's process.memoryUsage(), in bytes; `collectFirst`: after a full garbage collection. */
  memoryUsage(collectFirst?: boolean): Promise<MemoryFigures>;
}

type Answer = Extract<ChildMessage, { requestId: number }>;
type Question = ParentMessage extends infer Message
  ? Message extends { requestId: number }
    ? Omit<Message, 'requestId'>
    : never
  : never;

let shared: Promise<BenchStack> | undefined;

/** The shared Samsyn, started on first use; its clean-up is registered with the context that started it. */
export function benchStack(context: BenchContext): Promise<BenchStack> {
  shared ??= startBenchStack(context);
  return shared;
}

async function startBenchStack(context: BenchContext): Promise<BenchStack> {
  // One clean-up, in order: Samsyn first, then its database, then its data directory.
  let child: ChildProcess | undefined;
  let database: ApiBenchDatabase | undefined;
  const dataDir = await mkdtemp(join(tmpdir(), 'samsyn-bench-api-'));
  let exited: Promise<string> = Promise.resolve('not started');
  let stopping = false;
  context.onCleanup(async () => {
    stopping = true;
    shared = undefined; // a later section starts a new Samsyn rather than use a stopped one
    if (child) await stopChild(child, exited);
    if (database)
      await withinSeconds(30, database.close(), () => context.progress('api: the database did not stop within 30 s'));
    await rm(dataDir, { recursive: true, force: true });
  });
  database = await provideApiBenchDatabase(context.progress);
  context.progress('api: starting Samsyn (demo data, every subgraph, the gateway) in a child process');
  child = fork(join(__dirname, 'samsyn-child.ts'), [], {
    cwd: REPO_ROOT,
    execArgv: ['-r', '@swc-node/register', '--expose-gc'],
    env: childEnv(dataDir, database.url, context.quick ? QUICK_DEMO_EVERY : 1),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output = forwardOutput(child, context.progress);
  // Settles once, whenever it is asked: an 'exit' listener added after the exit would wait forever.
  exited = new Promise((resolveExit) =>
    child?.once('exit', (code, signal) =>
      resolveExit(`Samsyn exited (${signal ?? `code ${code}`}); its last lines: ${output.lastLines().join(' | ')}`),
    ),
  );
  void exited.then((why) => {
    if (!stopping) context.progress(`api: ${why}`);
  });
  const ready = await readyOf(child, exited, context.progress);
  const pid = child.pid;
  const samsyn = child;
  if (pid === undefined) throw new Error('The Samsyn process has no pid');
  const issuer = createTokenIssuer(authConfigFromEnv({}, dataDir));
  const tokens = new Map<string, Promise<string>>();
  let nextRequest = 0;
  const pending = new Map<number, (answer: Answer) => void>();
  samsyn.on('message', (message: ChildMessage) => {
    if ('requestId' in message) pending.get(message.requestId)?.(message);
  });
  const ask = (question: Question): Promise<Answer> => {
    const requestId = nextRequest++;
    return new Promise<Answer>((resolveAnswer, reject) => {
      void exited.then((why) => {
        if (pending.delete(requestId)) reject(new Error(`${why} — before it answered`));
      });
      pending.set(requestId, (answer) => {
        pending.delete(requestId);
        resolveAnswer(answer);
      });
      if (samsyn.connected) samsyn.send({ ...question, requestId } as ParentMessage);
    });
  };
  const memoryUsage = async (collectFirst = false): Promise<MemoryFigures> => {
    const answer = await ask({ kind: 'memory', collectFirst });
    if (answer.kind !== 'memory') throw new Error(`Asked for memory, got ${answer.kind}`);
    return answer.usage;
  };
  const idleAfterSeconds = context.quick ? 2 : 5;
  await new Promise((resolveSettled) => setTimeout(resolveSettled, idleAfterSeconds * 1000));
  const idleRssMiB = await medianRss(pid);
  const idleUsage = await memoryUsage();
  const idleAfterGc = { usage: await memoryUsage(true), rssMiB: await rssMiB(pid) };
  const journeySubgraphUrl = ready.subgraphUrls['journey'];
  if (!journeySubgraphUrl) throw new Error('The Samsyn process named no journey subgraph');
  context.progress(
    `api: Samsyn is up in ${ready.startupSeconds.toFixed(1)} s on ${ready.store}, ${ready.journeyIds.length} journeys, RSS ${idleRssMiB?.toFixed(0) ?? '?'} MiB`,
  );
  return {
    gatewayUrl: ready.gatewayUrl,
    journeySubgraphUrl,
    journeyIds: ready.journeyIds,
    pid,
    store: `${ready.store} (${database.origin}) holding ${ready.journeyIds.length} demo journeys${context.quick ? ` (every ${QUICK_DEMO_EVERY}th of the demo set)` : ''}, ${ready.demoEvents} events`,
    startupSeconds: ready.startupSeconds,
    idleRssMiB,
    idleAfterSeconds,
    idleUsage,
    idleAfterGc,
    memoryUsage,
    token(viewer) {
      const key = JSON.stringify(viewer);
      if (!tokens.has(key)) tokens.set(key, issuer.issue(viewer));
      return tokens.get(key)!;
    },
    async runOnBus(author, commands) {
      const answer = await ask({ kind: 'bus', author, commands });
      if (answer.kind !== 'bus-done') throw new Error(`Asked for a bus run, got ${answer.kind}`);
      return answer;
    },
  };
}

function childEnv(dataDir: string, databaseUrl: string | undefined, demoEvery: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SAMSYN_DATA_DIR: dataDir,
    SAMSYN_MASTER_KEY: randomBytes(32).toString('base64'),
    SAMSYN_BENCH_DEMO_EVERY: String(demoEvery),
  };
  // Development tokens signed by the run's own key pair; the store is the run's own.
  for (const name of [
    'DATABASE_URL',
    'KURRENTDB_URL',
    'SAMSYN_MODE',
    'NODE_ENV',
    'SAMSYN_JWKS_URL',
    'SAMSYN_JWT_ISSUER',
    'SAMSYN_JWT_AUDIENCE',
    'SAMSYN_RUN_PROJECTIONS',
    'PORT',
  ]) {
    delete env[name];
  }
  if (databaseUrl) env['DATABASE_URL'] = databaseUrl;
  return env;
}

function readyOf(
  child: ChildProcess,
  exited: Promise<string>,
  progress: (line: string) => void,
): Promise<Extract<ChildMessage, { kind: 'ready' }>> {
  return new Promise((resolveReady, reject) => {
    let settled = false;
    const settle = (work: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.off('message', onMessage);
      work();
    };
    const timer = setTimeout(
      () => settle(() => reject(new Error(`Samsyn did not start within ${STARTUP_TIMEOUT_MS / 1000} s`))),
      STARTUP_TIMEOUT_MS,
    );
    const onMessage = (message: ChildMessage) => {
      if (message.kind === 'progress') progress(`api: ${message.line}`);
      if (message.kind === 'failed') settle(() => reject(new Error(`Samsyn failed to start: ${message.message}`)));
      if (message.kind === 'ready') settle(() => resolveReady(message));
    };
    child.on('message', onMessage);
    void exited.then((why) => settle(() => reject(new Error(`${why} — before it was up`))));
  });
}

/** Samsyn's own output (Nest's warnings and errors) goes to the progress stream, at most 30 lines; the last 10 are kept. */
function forwardOutput(child: ChildProcess, progress: (line: string) => void): { lastLines(): string[] } {
  let lines = 0;
  const last: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      if (!line.trim()) return;
      last.push(line.trim());
      if (last.length > 10) last.shift();
      lines++;
      if (lines <= 30) progress(`api: samsyn says: ${line}`);
      else if (lines === 31) progress('api: samsyn says more; not shown');
    });
  }
  return { lastLines: () => [...last] };
}

async function medianRss(pid: number): Promise<number | null> {
  const samples: number[] = [];
  for (let index = 0; index < 5; index++) {
    const mib = await rssMiB(pid);
    if (mib !== null) samples.push(mib);
    await new Promise((resolveLater) => setTimeout(resolveLater, 200));
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? null;
}

/**
 * SIGTERM (Samsyn closes its servers and store), SIGKILL after 15 s. First a second's grace: a load generator
 * that stopped leaves requests in flight, and Samsyn's close does not wait for them before it ends its pool.
 */
async function stopChild(child: ChildProcess, exited: Promise<string>): Promise<void> {
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  if (gone()) return;
  await new Promise((resolveGrace) => setTimeout(resolveGrace, 1_000));
  if (gone()) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await withinSeconds(20, exited, () => undefined);
  clearTimeout(timer);
}

/** Waits for `work` at most `seconds`; then calls `late` and goes on. */
async function withinSeconds(seconds: number, work: Promise<unknown>, late: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'late'>((resolveLate) => {
    timer = setTimeout(() => resolveLate('late'), seconds * 1000);
  });
  const outcome = await Promise.race([
    work.then(
      () => 'done' as const,
      () => 'done' as const,
    ),
    timeout,
  ]);
  clearTimeout(timer);
  if (outcome === 'late') late();
}
