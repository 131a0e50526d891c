/**
 * `rebuild [projection ...]`: rebuilds the named projections (all when none is named) from the
 * first event into new tables, swaps them in and drops the old ones, showing progress and, at the
 * end, events/s. The events and tables are those the environment names (`DATABASE_URL`,
 * `SAMSYN_DATA_DIR`), decoded with `SAMSYN_MASTER_KEY`, as for the app.
 */
import { loadMasterKey, openSamsynResources, storeConfigFromEnv } from '@samsyn/runtime';
import { journeyEventDecoder } from '../decoding/journey-event-decoder';
import { ProjectionError } from '../projection-errors';
import type { Projection } from '../projection';
import { progressDisplay } from '../rebuild/progress-display';
import { rebuildProjections } from '../rebuild/rebuild-projections';
import { describeError } from '../running/error-codes';

const USAGE_ERROR = 2;

export interface CliStreams {
  readonly out: NodeJS.WriteStream;
  readonly err: NodeJS.WritableStream;
}

/** Runs the command over the app's projections; resolves to the process exit code. */
export async function runRebuildCli(
  projections: readonly Projection[],
  args: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  { out, err }: CliStreams = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const chosen = chooseProjections(projections, args);
  if (typeof chosen === 'string') {
    err.write(`${chosen}\n`);
    return USAGE_ERROR;
  }
  const config = storeConfigFromEnv(env);
  if (config.kind === 'kurrentdb') {
    err.write('rebuild reads the events from the SQL store; with KurrentDB it is not supported yet\n');
    return USAGE_ERROR;
  }
  const resources = await openSamsynResources(config, loadMasterKey(env, config).key);
  try {
    const display = progressDisplay(out);
    await rebuildProjections({
      store: resources.store,
      sql: resources.sql,
      decode: journeyEventDecoder(resources.keys),
      projections: chosen,
      onStart: (progress) => display.start(progress),
      onProgress: (progress) => display.update(progress),
      onFinish: (result) => display.finish(result),
    });
    return 0;
  } finally {
    await resources.close();
  }
}

/** The projections named, in the order named; or what is wrong with the names. */
function chooseProjections(
  projections: readonly Projection[],
  names: readonly string[],
): readonly Projection[] | string {
  const known = projections.map((projection) => projection.name).join(', ') || 'none';
  if (projections.length === 0)
    return 'No projections are registered: the app calls runRebuildCli(projections) with its own.';
  if (names.length === 0) return projections;
  const chosen: Projection[] = [];
  for (const name of names) {
    const projection = projections.find((candidate) => candidate.name === name);
    if (!projection) return `Unknown projection ${JSON.stringify(name)}; known: ${known}`;
    chosen.push(projection);
  }
  return chosen;
}

/** For an entry point: runs the command and sets the exit code, printing only an error's code or our own message. */
export function runRebuildCliAsMain(projections: readonly Projection[]): void {
  runRebuildCli(projections).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `rebuild failed: ${error instanceof ProjectionError ? error.message : describeError(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runRebuildCliAsMain([]);
