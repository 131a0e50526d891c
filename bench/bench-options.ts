import { parseArgs } from 'node:util';

export interface RunOptions {
  readonly quick: boolean;
  readonly json: boolean;
  /** Section ids to run; all when empty. */
  readonly only: readonly string[];
  /** Minutes of soak after the sections; 0 = none (the soak is never part of a quick run unless asked). */
  readonly soakMinutes: number;
  readonly soakRate: number;
  /** Where PERFORMANCE.md and the plot go: docs/ for a full run, data/bench/ for a quick one. */
  readonly outDir: string;
}

export const SECTION_IDS = ['store', 'commands', 'reads', 'memory', 'projections', 'growth', 'reporting'] as const;

export const USAGE = `Usage: npm run bench -- [--quick] [--json] [--only ${SECTION_IDS.join(',')}] [--soak MINUTES] [--rate N] [--out DIR]
  --quick        small counts: every figure in 1–2 minutes
  --json         one JSON object with every figure on stdout (progress on stderr)
  --only a,b     run these sections only
  --soak M       afterwards, M minutes of mixed reads and writes at --rate requests/s (default 20): p99 and memory over time
  --out DIR      where PERFORMANCE.md's figures and performance.svg are written (default docs/, data/bench/ with --quick)`;

export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export function parseRunOptions(argv: readonly string[]): RunOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        only: { type: 'string' },
        soak: { type: 'string' },
        rate: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  if (values.help) throw new UsageError(USAGE, 0);
  const only = values.only
    ? values.only
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean)
    : [];
  const unknown = only.filter((id) => !(SECTION_IDS as readonly string[]).includes(id));
  if (unknown.length > 0) throw new UsageError(`unknown section(s): ${unknown.join(', ')}\n${USAGE}`, 2);
  return {
    quick: values.quick,
    json: values.json,
    only,
    soakMinutes: values.soak === undefined ? 0 : positive('--soak', values.soak),
    soakRate: values.rate === undefined ? 20 : positive('--rate', values.rate),
    outDir: values.out ?? (values.quick ? 'data/bench' : 'docs'),
  };
}

function positive(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(`${flag} needs a positive number, not "${text}"\n${USAGE}`, 2);
  return value;
}
