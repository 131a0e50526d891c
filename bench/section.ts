/**
 * What every part of `npm run bench` hands the orchestrator (bench/run.ts): figures measured side by
 * side with their baselines in the same run. A section prints nothing on stdout; progress goes to
 * `context.progress` (stderr).
 */
export interface BenchContext {
  /** `--quick`: small counts, the whole bench in 1–2 minutes. */
  readonly quick: boolean;
  /** One line of progress for a person watching (stderr). */
  progress(line: string): void;
  /** Registers clean-up (servers, temp dirs) that runs even when the bench is interrupted. */
  onCleanup(step: () => Promise<void> | void): void;
}

/** A measured quantity; `null` when it could not be measured here (say why in `note`). */
export interface Measure {
  readonly label: string;
  readonly value: number | null;
  /** 'ev/s', 'req/s', 'ms', 'MiB', … */
  readonly unit: string;
  /** Further figures of the same measurement, e.g. { p50Ms, p99Ms, requestsPerSecond }. */
  readonly detail?: Readonly<Record<string, number | null>>;
}

/** One line of the report: a subject, optionally its baseline from the same run and their ratio. */
export interface BenchRow {
  /** Stable id for --json consumers, e.g. 'store.single.postgres'. */
  readonly id: string;
  readonly subject: Measure;
  readonly baseline?: Measure;
  /** subject/baseline as the goal reads it (throughput: subject/baseline; latency: subject/baseline too). */
  readonly ratio?: number | null;
  /** The goal for `ratio`, when it has one. */
  readonly goal?: { readonly comparison: 'at least' | 'at most'; readonly ratio: number };
  readonly note?: string;
}

export interface SectionResult {
  readonly id: string;
  readonly title: string;
  /** How it was measured, in a sentence or two (counts, concurrency, backend). */
  readonly method: string;
  readonly rows: readonly BenchRow[];
  /** Optional series for the plot, e.g. growth: x = events in store, y = p50/p99 ms. */
  readonly series?: readonly {
    readonly label: string;
    readonly unit: string;
    readonly points: readonly { x: number; y: number | null }[];
  }[];
  readonly seconds: number;
}

export interface BenchSection {
  readonly id: string;
  readonly title: string;
  run(context: BenchContext): Promise<SectionResult>;
}

export function ratioOf(subject: number | null, baseline: number | null): number | null {
  if (subject === null || baseline === null || baseline === 0) return null;
  return subject / baseline;
}
