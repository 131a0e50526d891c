import type { EventStore, Position, SqlClient } from '@samsyn/event-store';
import type { EventDecoder } from '../decoding/event-decoder';
import type { Projection, ProjectionTables } from '../projection';
import { assertValidProjections } from '../projection-schema';
import type { ProjectionLag } from '../reading/projection-lag';
import { PROJECTIONS_CHANNEL, ProjectionReader } from '../reading/projection-reader';
import { prepareTarget } from '../state/prepare-target';
import { ensureProjectionStateTable } from '../state/projection-state-table';
import { describeError } from './error-codes';
import { byCheckpoint, joinLanes } from './join-lanes';
import type { LaneMember } from './lane-member';
import { ProjectionLane, type AppliedBatch, type LaneOptions, type ProjectionStatus } from './projection-lane';
import { ProjectionLeases } from './projection-leases';

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
  /** This process took a projection's lease (`true`), or lost its leases with their connection (`false`). */
  readonly onLease?: (projection: string, held: boolean) => void;
}

export const DEFAULT_BATCH_SIZE = 500;
/** How often a runner checks that its leases still stand and tries to take those another process held. */
export const LEASE_CHECK_MS = 1_000;

/**
 * Keeps projections up to date from the journey events, each on its own checkpoint. Projections standing
 * at one checkpoint share a lane, which reads and decodes each event once for all of them; one behind (a
 * new version built from the first event beside the one served, a lease taken over) catches up in a lane
 * of its own and joins the others once both have caught up. A member failing alone splits off.
 *
 * Several processes may run the same projections on one database: each projection is applied by
 * the one process holding its lease (ProjectionLeases); the others stand by and take it over
 * within about `LEASE_CHECK_MS` of the holder's connection going away.
 */
export class ProjectionRunner {
  readonly reader: ProjectionReader;
  private readonly leases: ProjectionLeases;
  private readonly lanes = new Map<string, ProjectionLane>();
  private starting: Promise<void> | undefined;
  private checking: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ProjectionRunnerOptions) {
    assertValidProjections(options.projections);
    this.reader = new ProjectionReader(
      options.sql,
      options.projections.map((projection) => projection.name),
    );
    this.leases = new ProjectionLeases(options.sql);
  }

  /**
   * Takes the leases it can, sets those projections up (creating a schema when new) and starts
   * following; the rest are taken over when their holder goes. Does not wait to catch up.
   */
  start(): Promise<void> {
    this.starting ??= this.startLanes();
    return this.starting;
  }

  /** Waits for a start under way and for the batches in flight, then stops every lane and the reader's listening. */
  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    this.starting = undefined;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.checking;
    await this.stopLanes();
    await this.leases.releaseAll();
    await this.reader.close();
  }

  /** The projections this process holds the lease of, with their lanes' state. */
  status(): ProjectionStatus[] {
    return this.distinctLanes().flatMap((lane) => lane.status());
  }

  /** How many lanes (passes over the events) run now: one once every projection has caught up. */
  laneCount(): number {
    return this.distinctLanes().length;
  }

  /** Projections another process applies now; this one takes each over when its lease comes free. */
  standingBy(): string[] {
    return this.options.projections.map((projection) => projection.name).filter((name) => !this.lanes.has(name));
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
    await ensureProjectionStateTable(this.options.sql);
    await this.claimLeases();
    this.timer = setInterval(() => this.checkLeases(), LEASE_CHECK_MS);
    this.timer.unref();
  }

  private checkLeases(): void {
    if (this.checking) return;
    this.checking = this.keepLeases()
      .then(() => this.joinCaughtUpLanes())
      .catch((error: unknown) => (this.options.onError ?? reportToStderr)('(leases)', error))
      .finally(() => (this.checking = undefined));
  }

  /** Stops every lane once the leases' connection is lost; takes every lease that came free. */
  private async keepLeases(): Promise<void> {
    if (this.lanes.size > 0 && !(await this.leases.stillHeld())) {
      const lost = [...this.lanes.keys()];
      await this.stopLanes();
      for (const name of lost) this.options.onLease?.(name, false);
    }
    await this.claimLeases();
  }

  private async claimLeases(): Promise<void> {
    const { sql, projections } = this.options;
    const waiting = projections.filter((projection) => !this.lanes.has(projection.name));
    if (waiting.length === 0) return;
    const held = await this.leases.take(waiting.map((projection) => projection.name));
    const members: LaneMember[] = [];
    for (const projection of waiting.filter((candidate) => held.includes(candidate.name))) {
      members.push({ projection, target: await prepareTarget(sql, projection, 'run') });
    }
    for (const group of byCheckpoint(members)) this.startLane(group);
    for (const { projection } of members) this.options.onLease?.(projection.name, true);
  }

  private startLane(members: readonly LaneMember[], afterFailure?: unknown): void {
    const lane = ProjectionLane.start(this.laneOptions(), members, afterFailure);
    for (const { projection } of members) this.lanes.set(projection.name, lane);
  }

  /** Lanes that have all caught up are joined into one, so each event is read and decoded once again. */
  private async joinCaughtUpLanes(): Promise<void> {
    const lanes = this.distinctLanes();
    if (lanes.length < 2 || !lanes.every((lane) => lane.caughtUp())) return;
    const joined = await joinLanes(lanes, this.laneOptions());
    if (this.lanes.size === 0) return; // stopped meanwhile
    this.lanes.clear();
    for (const group of joined) this.startLane(group.members, group.failure);
  }

  private distinctLanes(): ProjectionLane[] {
    return [...new Set(this.lanes.values())];
  }

  private async stopLanes(): Promise<void> {
    const lanes = this.distinctLanes();
    this.lanes.clear();
    await Promise.all(lanes.map((lane) => lane.stop()));
  }

  private laneOptions(): LaneOptions {
    const { store, sql, decode, batchSize, onBatch, onSwap, onError } = this.options;
    return {
      store,
      sql,
      decode,
      batchSize: batchSize ?? DEFAULT_BATCH_SIZE,
      mode: 'live',
      onBatch: (batch: AppliedBatch) => {
        if (batch.role === 'active') this.servedMoved(batch.projection);
        onBatch?.(batch);
      },
      onSwap: (target) => {
        this.servedMoved(target.name);
        onSwap?.(target.name, target.version);
      },
      onError: (projection, error: unknown) => (onError ?? reportToStderr)(projection, error),
      onSplit: (member, error) => {
        if (this.lanes.has(member.projection.name)) this.startLane([member], error);
      },
    };
  }

  private servedMoved(projection: string): void {
    this.reader.wake();
    void this.options.sql.query('select pg_notify($1, $2)', [PROJECTIONS_CHANNEL, projection]).catch(() => undefined);
  }
}

const REPORT_EVERY_MS = 10_000;
const lastReported = new Map<string, { at: number; unreported: number }>();

/** One line per projection and error code every 10 s at most: an outage retries each lane every second. */
function reportToStderr(projection: string, error: unknown): void {
  const key = `${projection}/${describeError(error)}`;
  const last = lastReported.get(key);
  const now = Date.now();
  if (last && now - last.at < REPORT_EVERY_MS) {
    last.unreported++;
    return;
  }
  const more = last?.unreported ? ` (${last.unreported} more like it since the last line)` : '';
  lastReported.set(key, { at: now, unreported: 0 });
  process.stderr.write(
    `projection ${projection}: batch failed (${describeError(error)}), retrying from its checkpoint${more}\n`,
  );
}
