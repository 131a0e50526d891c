import { parseArgs } from 'node:util';

/** What one run of the benchmark does; every count is fixed before anything is measured. */
export interface BenchOptions {
  /** Single-event appends measured per case (store and raw each). */
  readonly singleAppends: number;
  /** Streams the single appends are spread over. */
  readonly streams: number;
  /** Concurrent writers of the PostgreSQL concurrency case. */
  readonly concurrentWriters: number;
  /** Batch appends measured (store and raw each). */
  readonly batches: number;
  readonly batchSize: number;
  /** Streams the batches are spread over. */
  readonly batchStreams: number;
  /** Page size of the read-all case. */
  readonly pageSize: number;
  /** Full read passes over the event table in each of a side's two measured rounds. */
  readonly readPassesPerRound: number;
  readonly json: boolean;
  readonly quick: boolean;
}

const FULL = { singleAppends: 10_000, batches: 400, readPassesPerRound: 2 } as const;
const QUICK = { singleAppends: 500, batches: 20, readPassesPerRound: 1 } as const;

export const USAGE = `Usage: npm run bench:store -- [--events N] [--quick] [--json]
  --events N   single-event appends per case (default ${FULL.singleAppends}, quick ${QUICK.singleAppends})
  --quick      small counts, for a smoke run
  --json       print one JSON object with all figures on stdout; progress goes to stderr`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const values = parseFlags(argv);
  if (values.help) throw new UsageError(USAGE, 0);
  const base = values.quick ? QUICK : FULL;
  return {
    singleAppends: values.events === undefined ? base.singleAppends : parseCount('--events', values.events),
    streams: 100,
    concurrentWriters: 8,
    batches: base.batches,
    batchSize: 100,
    batchStreams: 20,
    pageSize: 1_000,
    readPassesPerRound: base.readPassesPerRound,
    json: values.json,
    quick: values.quick,
  };
}

/** A bad command line (exit code 2), or `--help` (exit code 0): the message is the whole output. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

interface Flags {
  events?: string | undefined;
  quick: boolean;
  json: boolean;
  help: boolean;
}

function parseFlags(argv: readonly string[]): Flags {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        events: { type: 'string' },
        quick: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function parseCount(flag: string, text: string): number {
  const count = Number(text);
  if (!Number.isSafeInteger(count) || count < 1)
    throw new UsageError(`${flag} needs a whole number from 1, got "${text}"\n${USAGE}`);
  return count;
}
