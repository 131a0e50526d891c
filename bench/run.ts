// `npm run bench`: every figure of Samsyn beside its baseline, measured in the same run; `--quick` for a 1–2
// minute run, `--json` for one object on stdout, `--only a,b` for some sections, `--soak M` for M minutes of
// mixed load. Prints the figures and writes them with a plot (PERFORMANCE.md); never judges a run by failing.
import { describeError, parseRunOptions, runSections, UsageError, type BenchSection } from './harness';
import { plotSvg } from './plot';
import { renderText, writeResults } from './report';
import { commandsSection } from './sections/api/commands';
import { memorySection } from './sections/api/memory';
import { readsSection } from './sections/api/reads';
import { runSoak } from './sections/api/soak';
import { growthSection } from './sections/growth';
import { projectionsSection } from './sections/projections';
import { reportingSection } from './sections/reporting';
import { storeSection } from './sections/store';

const SECTIONS: readonly BenchSection[] = [
  storeSection,
  commandsSection,
  readsSection,
  memorySection,
  projectionsSection,
  growthSection,
  reportingSection,
];

async function main(argv: readonly string[]): Promise<void> {
  const options = parseRunOptions(argv, SECTIONS);
  const report = await runSections(SECTIONS, options, runSoak);
  const written = await writeResults(options.outDir, report, plotSvg(report));
  process.stderr.write(`[bench] wrote ${written.join(', ')}\n`);
  process.stdout.write(`${options.json ? JSON.stringify(report) : renderText(report)}\n`);
  if (report.failures.length > 0) process.exitCode = 1;
}

// `npm run bench:store` (bench/store/run.ts) is this with `--only store`, writing to data/bench/.
const argv = process.argv.slice(2);
const storeAlone = process.argv[1]?.endsWith('store/run.ts');
main(storeAlone ? ['--only', 'store', '--out', 'data/bench', ...argv] : argv).catch((error: unknown) => {
  const usage = error instanceof UsageError;
  process.stderr.write(usage ? `${error.message}\n` : `bench failed: ${describeError(error)}\n`);
  process.exitCode = usage ? 2 : 1;
});
