import type { EventStore, Position, SqlClient } from '@samsyn/event-store';
import type { EventDecoder } from '../decoding/event-decoder';
import type { Projection, ProjectionTables } from '../projection';
import { assertValidProjections } from '../projection-schema';
import type { ProjectionLag } from '../reading/projection-lag';
import { PROJECTIONS_CHANNEL, ProjectionReader } from '../reading/projection-reader';
import { prepareTarget } from '../state/prepare-target';
import { ensureProjectionStateTable } from '../state/projection-state-table';
import { describeError } from './error-codes';
import { ProjectionLane, type AppliedBatch, type LaneOptions, type ProjectionStatus } from './projection-lane';

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  readonly sql: SqlClient;
  readonly decode: EventDecoder;
  readonly projections: readonly Projection[];
  /** Most events applied in one transaction; default 500 (a page of the subscription). */
  readonly batchSize?: number;
  readonly onBatch?: (batch: AppliedBatch) => void;
  /** A version built beside the served one is now served (its predecessor dropped). */
  readonly onSwap?: (projection: string, version: number) => void;
  /**
   * Each failure of a batch (then retried from the checkpoint); route it to a logger that redacts.
   * Without it a line naming the projection and the error's code goes to stderr.
   */
  readonly onError?: (projection: string, error: unknown) => void;
}

export const DEFAULT_BATCH_SIZE = 500;

/**
 * Keeps projections up to date from the journey events, each on its own checkpoint and in its own
 * lane. On start a projection whose version changed is built from the first event beside the one
 * served, and swapped in once it has caught up.
 */
export class ProjectionRunner {
  readonly reader: ProjectionReader;
  private lanes: ProjectionLane[] = [];
  private starting: Promise<void> | undefined;

  constructor(private readonly options: ProjectionRunnerOptions) {
    assertValidProjections(options.projections);
    this.reader = new ProjectionReader(options.sql, options.projections.map((projection) => projection.name));
  }

  /** Sets every projection up (creating its schema when new) and starts following; does not wait to catch up. */
  start(): Promise<void> {
    this.starting ??= this.startLanes();
    return this.starting;
  }

  /** Waits for a start under way and for the batches in flight, then stops every lane and the reader's listening. */
  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    this.starting = undefined;
    await Promise.all(this.lanes.map((lane) => lane.stop()));
    this.lanes = [];
    await this.reader.close();
  }

  status(): ProjectionStatus[] {
    return this.lanes.map((lane) => lane.status());
  }

  tables<TableName extends string>(projection: Projection<TableName>): Promise<ProjectionTables<TableName>> {
    return this.reader.tables(projection);
  }

  lag(projection: string): Promise<ProjectionLag> {
    return this.reader.lag(projection);
  }

  waitFor(projections: string | readonly string[], position: Position, timeoutMs: number): Promise<void> {
    return this.reader.waitFor(projections, position, timeoutMs);
  }

  private async startLanes(): Promise<void> {
    const { sql, projections } = this.options;
    await ensureProjectionStateTable(sql);
    const targets = [];
    for (const projection of projections) targets.push({ projection, target: await prepareTarget(sql, projection, 'run') });
    this.lanes = targets.map(({ projection, target }) => ProjectionLane.start(this.laneOptions(projection), target));
  }

  private laneOptions(projection: Projection): LaneOptions {
    const { store, sql, decode, batchSize, onBatch, onSwap, onError } = this.options;
    return {
      store,
      sql,
      decode,
      projection,
      batchSize: batchSize ?? DEFAULT_BATCH_SIZE,
      mode: 'live',
      onBatch: (batch: AppliedBatch) => {
        if (batch.role === 'active') this.servedMoved(projection.name);
        onBatch?.(batch);
      },
      onSwap: (target) => {
        this.servedMoved(projection.name);
        onSwap?.(projection.name, target.version);
      },
      onError: (error: unknown) => (onError ?? reportToStderr)(projection.name, error),
    };
  }

  private servedMoved(projection: string): void {
    this.reader.wake();
    void this.options.sql.query('select pg_notify($1, $2)', [PROJECTIONS_CHANNEL, projection]).catch(() => undefined);
  }
}

function reportToStderr(projection: string, error: unknown): void {
  process.stderr.write(`projection ${projection}: batch failed (${describeError(error)}), retrying from its checkpoint\n`);
}
