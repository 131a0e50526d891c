import type { BenchContext, SectionResult } from '../section';
import { commandsSection } from './commands-section';
import { memorySection } from './memory-section';
import { readsSection } from './reads-section';
import { runSoak } from './soak';

/**
 * Tries the API sections alone (bench/run.ts is the real entry):
 *   node -r @swc-node/register bench/api/try.ts [--quick] [--soak[=minutes]] [--rate=N] [commands|reads|memory ...]
 * Prints the sections' results as JSON on stdout; progress on stderr.
 */
async function main(args: readonly string[]): Promise<void> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const started = performance.now();
  const context: BenchContext = {
    quick: args.includes('--quick'),
    progress: (line) =>
      process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`),
    onCleanup: (step) => cleanups.push(step),
  };
  const cleanUp = async () => {
    for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => undefined);
    cleanups.length = 0;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void cleanUp().then(() => process.exit(130)));
  try {
    const results: SectionResult[] = [];
    const only = args.filter((arg) => !arg.startsWith('--'));
    const soak = args.find((arg) => arg.startsWith('--soak'));
    const rate = Number(args.find((arg) => arg.startsWith('--rate='))?.slice('--rate='.length) ?? 20);
    if (soak) results.push(await runSoak(context, { minutes: Number(soak.split('=')[1] ?? 10), ratePerSecond: rate }));
    for (const section of [commandsSection, readsSection, memorySection]) {
      if (soak && only.length === 0) break;
      if (only.length === 0 || only.includes(section.id)) results.push(await section.run(context));
    }
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await cleanUp();
  }
}

void main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
