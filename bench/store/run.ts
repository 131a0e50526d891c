/**
 * `npm run bench:store`: the event store against plain SQL on the same database, on PostgreSQL
 * and on PGlite in one run. Flags: `--events N`, `--quick`, `--json`. Prints figures; never
 * judges them.
 */
import { performance } from 'node:perf_hooks';
import { openPgliteBackend, openPostgresBackend, type Backend } from './backends';
import { runCase } from './cases';
import { Cleanup, describeError } from './cleanup';
import { parseOptions, UsageError, type BenchOptions } from './options';
import { progress } from './progress';
import { rawSide } from './raw-baseline';
import { renderJson, renderText, type CaseReport } from './report';
import { throughputRatio } from './stats';
import { storeSide } from './store-runs';
import { casesFor } from './suite';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const cleanup = new Cleanup();
  cleanup.handleSignals();
  try {
    const started = performance.now();
    const backends = [await openPostgresBackend(cleanup), await openPgliteBackend(cleanup)];
    const cases: CaseReport[] = [];
    for (const backend of backends) cases.push(...(await benchBackend(backend, options)));
    const report = {
      options,
      backends: backends.map(({ id, label, description }) => ({ id, label, description })),
      cases,
      seconds: (performance.now() - started) / 1_000,
    };
    process.stdout.write(`${options.json ? renderJson(report) : renderText(report)}\n`);
  } finally {
    progress('closing');
    await cleanup.runAll();
  }
}

async function benchBackend(backend: Backend, options: BenchOptions): Promise<CaseReport[]> {
  const sides = { store: storeSide(backend.store), raw: rawSide(backend.sql) };
  const reports: CaseReport[] = [];
  for (const bench of casesFor(options, backend.concurrent)) {
    progress(`${backend.label}: ${bench.label}`);
    const figures = await runCase(bench, sides, backend.id);
    reports.push({
      backend: backend.id,
      backendLabel: backend.label,
      caseId: bench.id,
      label: bench.label,
      ...figures,
      storeToRaw: throughputRatio(figures.store, figures.raw),
    });
  }
  return reports;
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      (error.exitCode === 0 ? process.stdout : process.stderr).write(`${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`${describeError(error)}\n`);
    process.exitCode = 1;
  },
);
