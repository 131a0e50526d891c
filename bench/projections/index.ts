import { performance } from 'node:perf_hooks';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import type { BenchSection, SectionResult } from '../section';
import { measureBackend, type BackendFigures } from './measure-backend';
import { projectionsOptions, type ProjectionsOptions } from './options';
import { backendRows } from './report-rows';

const ID = 'projections';
const TITLE = 'Rebuilding the read models against a plain read of the events';

/** `npm run bench` section `projections`: rebuild rate of every projection against a raw read of the same events. */
export const projectionsSection: BenchSection = {
  id: ID,
  title: TITLE,
  async run(context): Promise<SectionResult> {
    const started = performance.now();
    const options = projectionsOptions(context.quick);
    const figures: BackendFigures[] = [];
    for (const backend of options.backends)
      figures.push(await measureBackend(backend, READ_MODEL_PROJECTIONS, options, context));
    return {
      id: ID,
      title: TITLE,
      method: describeMethod(options, figures),
      rows: figures.flatMap(backendRows),
      seconds: (performance.now() - started) / 1_000,
    };
  },
};

function describeMethod(options: ProjectionsOptions, figures: readonly BackendFigures[]): string {
  const stores = figures.map(
    (figure) => `${figure.label}: ${figure.journeys} demo journeys, ${figure.events} events; ${figure.description}`,
  );
  return [
    `Demo journeys (seed ${options.seeds[0] ?? '?'} on) written through importJourney until about ${options.events} events (personal fields`,
    `sealed per journey), then ANALYZE.`,
    `Rebuild: rebuildProjections over READ_MODEL_PROJECTIONS as npm run rebuild runs it (each projection from the first event`,
    `into new tables, one after the other, events decrypted by journeyEventDecoder with a fresh key cache per rebuild), pages of 500;`,
    `per projection its own time (from its first read), "all" = events applied by every projection / wall time of the whole call.`,
    `Baseline: every event read with plain SQL, keyset pages of ${options.rawPageSize} on the primary key, JSON decoded by the driver`,
    `(${options.rawPassesPerRound} passes per round). Rounds, the first rebuild cold as in a fresh process: raw,`,
    `rebuild (× ${options.rebuildRounds}), raw. ${stores.join('. ')}.`,
  ].join(' ');
}
