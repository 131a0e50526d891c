import type { BackendId } from './backends';
import type { BenchOptions } from './options';
import type { Figures } from './stats';

export interface CaseReport {
  readonly backend: BackendId;
  readonly backendLabel: string;
  readonly caseId: string;
  readonly label: string;
  readonly store: Figures;
  readonly raw: Figures;
  /** Store events/s over raw events/s. */
  readonly storeToRaw: number;
}

export interface BackendInfo {
  readonly id: BackendId;
  readonly label: string;
  readonly description: string;
}

export interface BenchReport {
  readonly options: BenchOptions;
  readonly backends: readonly BackendInfo[];
  readonly cases: readonly CaseReport[];
  readonly seconds: number;
}

const HEADER = ['case', 'backend', 'store ev/s', 'p50 ms', 'p99 ms', 'raw ev/s', 'p50 ms', 'p99 ms', 'store/raw'];

/** A table, one row per case and backend, the backends of a case next to each other. */
export function renderText(report: BenchReport): string {
  const rows = byCase(report.cases).map((entry) => [
    entry.label,
    entry.backendLabel,
    fixed(entry.store.eventsPerSecond, 0),
    fixed(entry.store.p50Ms, 2),
    fixed(entry.store.p99Ms, 2),
    fixed(entry.raw.eventsPerSecond, 0),
    fixed(entry.raw.p50Ms, 2),
    fixed(entry.raw.p99Ms, 2),
    fixed(entry.storeToRaw, 2),
  ]);
  const { options } = report;
  return [
    'Samsyn event store vs plain SQL',
    ...report.backends.map((backend) => `  ${backend.label}: ${backend.description}`),
    `  ${options.singleAppends} single appends over ${options.streams} streams, exact expected revisions; ` +
      `${options.batches} batches of ${options.batchSize}; read-all ${2 * options.readPassesPerRound} pass(es)`,
    '  each side measured in two rounds, ordered store, raw, raw, store; after a warm-up of each',
    '  latency is per append (per page for read-all); store/raw is the ratio of events/s (1 = parity)',
    '',
    ...table([HEADER, ...rows]),
    '',
    `total ${report.seconds.toFixed(1)} s`,
  ].join('\n');
}

/** The whole report as one JSON object; figures rounded, missing ones as null. */
export function renderJson(report: BenchReport): string {
  return JSON.stringify({
    options: report.options,
    backends: report.backends,
    cases: report.cases.map((entry) => ({
      backend: entry.backend,
      case: entry.caseId,
      label: entry.label,
      store: roundFigures(entry.store),
      raw: roundFigures(entry.raw),
      storeToRaw: round(entry.storeToRaw, 3),
    })),
    seconds: round(report.seconds, 1),
  });
}

/** Cases in the order first run, each case's backends together. */
function byCase(cases: readonly CaseReport[]): CaseReport[] {
  const order = [...new Set(cases.map((entry) => entry.caseId))];
  return order.flatMap((caseId) => cases.filter((entry) => entry.caseId === caseId));
}

function table(rows: readonly string[][]): string[] {
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  '),
  );
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

function roundFigures(figures: Figures): Record<keyof Figures, number | null> {
  return {
    events: figures.events,
    operations: figures.operations,
    seconds: round(figures.seconds, 3),
    eventsPerSecond: round(figures.eventsPerSecond, 1),
    p50Ms: round(figures.p50Ms, 3),
    p99Ms: round(figures.p99Ms, 3),
  };
}

function round(value: number, digits: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
