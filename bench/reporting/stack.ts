import { randomBytes } from 'node:crypto';
import type { SqlClient } from '@samsyn/event-store';
import { projectionReading } from '@samsyn/subgraph';
import { MasterKey } from '@samsyn/personal-data';
import { journeyEventDecoder, ProjectionReader, rebuildProjections, type ProjectionTables } from '@samsyn/projections';
import { reportingProjection, type ReportingTable } from '@samsyn/read-models';
import { openSamsynResources, systemClock, type SamsynResources } from '@samsyn/runtime';
import { startSamsyn } from '../../apps/samsyn/src/start-samsyn';
import { benchServer } from '../projections/bench-database';
import type { BenchContext } from '../section';
import type { ReportAuth } from './report-auth';

/** One database with the reporting projection's served tables, and Samsyn's GraphQL side over it. */
export interface ReportingStack {
  readonly origin: 'embedded' | 'DATABASE_URL';
  readonly resources: SamsynResources;
  readonly sql: SqlClient;
  readonly reader: ProjectionReader;
  /** The reporting projection's served tables (samsyn_projections' version). */
  readonly tables: ProjectionTables<ReportingTable>;
  readonly gatewayUrl: string;
  readonly subgraphUrl: string;
  close(): Promise<void>;
}

const PREFIX = 'samsyn_bench_reporting';

/**
 * A new database on the bench's PostgreSQL; the reporting projection's served schema created by a
 * rebuild over the (empty) store, as `npm run rebuild` would; then every subgraph and the gateway in
 * this process (as `npm start` runs them) with a reader of the read models and no runner, so that
 * nothing but the bench writes the tables.
 */
export async function startReportingStack(context: BenchContext, auth: ReportAuth): Promise<ReportingStack> {
  const server = await benchServer(context);
  const database = await server.createDatabase(PREFIX);
  const steps: (() => Promise<void>)[] = [() => database.drop()];
  const close = async (): Promise<void> => {
    for (const step of steps.splice(0).reverse()) await step();
  };
  try {
    const resources = await openSamsynResources(
      { kind: 'postgres', url: database.url },
      MasterKey.fromBase64(randomBytes(32).toString('base64')),
    );
    steps.push(() => resources.close());
    await rebuildProjections({
      store: resources.store,
      sql: resources.sql,
      decode: journeyEventDecoder(resources.keys),
      projections: [reportingProjection],
    });
    const reader = new ProjectionReader(resources.sql, [reportingProjection.name]);
    steps.push(() => reader.close());
    const tables = await reader.tables(reportingProjection);
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
    steps.push(() => samsyn.close());
    const subgraphUrl = samsyn.subgraphUrls['reporting'];
    if (!subgraphUrl) throw new Error('No reporting subgraph was started');
    return {
      origin: server.origin,
      resources,
      sql: resources.sql,
      reader,
      tables,
      gatewayUrl: samsyn.gatewayUrl,
      subgraphUrl,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
