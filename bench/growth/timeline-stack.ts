import { projectionReading } from '@samsyn/subgraph';
import { ProjectionReader } from '@samsyn/projections';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { systemClock, type SamsynResources } from '@samsyn/runtime';
import { startSamsyn } from '../../apps/samsyn/src/start-samsyn';
import type { BenchAuth } from './bench-auth';

/** Samsyn's GraphQL side over one store: every subgraph and the gateway, as `npm start` runs them. */
export interface TimelineStack {
  readonly gatewayUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the subgraphs and the gateway on `resources` in this process, with a reader of the read models
 * but no projection runner: the read models were built from the real journeys before the store grew, and
 * the copies are not projected (the timeline is folded from the stream on read; `person(id)` reads the
 * person directory).
 */
export async function startTimelineStack(resources: SamsynResources, auth: BenchAuth): Promise<TimelineStack> {
  const reader = new ProjectionReader(
    resources.sql,
    READ_MODEL_PROJECTIONS.map((projection) => projection.name),
  );
  const samsyn = await startSamsyn(
    {
      resources,
      projections: projectionReading(reader),
      clock: systemClock,
      development: false,
      verifier: auth.verifier,
    },
    { host: '127.0.0.1', gatewayPort: 0, subgraphPorts: 'free' },
  );
  return {
    gatewayUrl: samsyn.gatewayUrl,
    async close() {
      await samsyn.close();
      await reader.close();
    },
  };
}
