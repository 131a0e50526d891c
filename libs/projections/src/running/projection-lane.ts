import {
  comparePositions,
  connectionFailureOf,
  START,
  type EventStore,
  type Position,
  type RecordedEvent,
  type SqlClient,
  type Subscription,
} from '@samsyn/event-store';
import type { EventDecoder } from '../decoding/event-decoder';
import { JOURNEY_STREAM_PREFIX } from '../decoding/journey-event-decoder';
import { CheckpointMovedError } from '../projection-errors';
import type { ProjectedEvent } from '../projection';
import { journeyEventsAfter } from '../state/events-behind';
import { swapInBuild } from '../state/projection-builds';
import { findProjectionState } from '../state/projection-state';
import { tablesOfTarget, type ProjectionTarget, type TargetRole } from '../state/projection-target';
import { applyTogether } from './apply-together';
import type { LaneMember } from './lane-member';
import { describeError, isTransient } from './error-codes';
import { EventBatches } from './event-batches';

export interface LaneOptions {
  readonly store: EventStore;
  readonly sql: SqlClient;
  readonly decode: EventDecoder;
  readonly batchSize: number;
  /**
   * `live`: follow the events until stopped. `until-served`: end once every target is served with nothing
   * left to apply. `until-position`: end once the checkpoint reaches `upTo` (to join a lane standing there).
   */
  readonly mode: 'live' | 'until-served' | 'until-position';
  readonly upTo?: Position;
  readonly onBatch?: (batch: AppliedBatch) => void;
  readonly onSwap?: (target: ProjectionTarget) => void;
  readonly onError?: (projection: string, error: unknown) => void;
  /**
   * A member failed on its own while the others applied the batch: it leaves this lane at its unchanged
   * checkpoint, to go on in a lane of its own. Without it the lane fails as a whole.
   */
  readonly onSplit?: (member: LaneMember, error: unknown) => void;
}

export interface AppliedBatch {
  readonly projection: string;
  readonly version: number;
  readonly role: TargetRole;
  readonly events: number;
  readonly checkpoint: Position;
}

export type LaneState = 'running' | 'retrying' | 'stopped' | 'finished' | 'superseded';

export interface ProjectionStatus {
  readonly projection: string;
  readonly version: number;
  readonly role: TargetRole;
  /** The version readers are served; differs from `version` while a new version is being built. */
  readonly servedVersion: number;
  readonly checkpoint: Position;
  readonly state: LaneState;
  /** Code (or name) of the last error; the message is left out, it may quote data. */
  readonly lastError: string | undefined;
}

const IDLE_MS = 200;
const BACK_OFF_MS = [100, 500, 1_000, 5_000, 15_000] as const;
/** While the database cannot be reached, try again every second at most: it is back as soon as it answers. */
const RECONNECT_BACK_OFF_MS = 1_000;

/**
 * Keeps projections standing at one checkpoint up to date in one pass: reads each page of events once,
 * decodes each event once, applies the batch to every member, each moving its checkpoint in the
 * transaction that writes its rows, and swaps built versions in once nothing is left to apply. A member
 * that fails alone is split off at its unchanged checkpoint; a failure of every member rolls everything
 * back, waits, and resumes from the stored checkpoint.
 */
export class ProjectionLane {
  private state: LaneState = 'running';
  private lastError: string | undefined;
  private stopping = false;
  private shortBatch = false;
  private subscription: Subscription | undefined;
  private cancelBackOff: (() => void) | undefined;
  private done: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: LaneOptions,
    private members: LaneMember[],
  ) {}

  /** Members must stand at one checkpoint. `afterFailure`: start as after a failed batch (reload, back off). */
  static start(options: LaneOptions, members: readonly LaneMember[], afterFailure?: unknown): ProjectionLane {
    const lane = new ProjectionLane(options, [...members]);
    lane.done = lane.run(afterFailure);
    return lane;
  }

  status(): ProjectionStatus[] {
    return this.members.map(({ target: { name, version, role, servedVersion, checkpoint } }) => ({
      projection: name,
      version,
      role,
      servedVersion,
      checkpoint,
      state: this.state,
      lastError: this.lastError,
    }));
  }

  memberList(): readonly LaneMember[] {
    return this.members;
  }

  /** Running, and the last batch was short: it has applied what was there to read. */
  caughtUp(): boolean {
    return this.state === 'running' && this.shortBatch;
  }

  /** Resolves when the lane ends by itself (`until-served`, `until-position`), or rejects with the error that ended it. */
  finished(): Promise<void> {
    return this.done;
  }

  /** Lets the batch in flight commit (or roll back), then ends. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.cancelBackOff?.();
    await this.subscription?.stop();
    await this.done.catch(() => undefined);
    if (this.state === 'running' || this.state === 'retrying') this.state = 'stopped';
  }

  private get position(): Position | undefined {
    return this.members[0]?.target.checkpoint;
  }

  private async run(afterFailure: unknown): Promise<void> {
    let failures = 0;
    let reload = false;
    if (afterFailure !== undefined) {
      reload = true;
      this.lastError = describeError(afterFailure);
      if (!(afterFailure instanceof CheckpointMovedError)) await this.backOff(++failures, false);
    }
    while (!this.stopping) {
      try {
        if (reload && !(await this.reloadTargets())) return this.end('superseded');
        reload = false;
        if (await this.follow(() => (failures = 0))) return this.end('finished');
      } catch (error) {
        this.lastError = describeError(error);
        for (const { target } of this.members) this.options.onError?.(target.name, error);
        reload = true;
        if (error instanceof CheckpointMovedError) continue;
        if (this.options.mode !== 'live' && !isTransient(error)) throw error;
        this.state = 'retrying';
        await this.backOff(++failures, connectionFailureOf(error) !== undefined);
      }
    }
  }

  /** Follows the events from the checkpoint; true once the lane's goal is reached. */
  private async follow(succeeded: () => void): Promise<boolean> {
    const { store, batchSize } = this.options;
    if (this.members.length === 0) return true;
    const subscription = store.subscribeToAll({
      after: this.position,
      filter: { streamPrefixes: [JOURNEY_STREAM_PREFIX] },
    });
    this.subscription = subscription;
    if (this.stopping) await subscription.stop();
    const batches = new EventBatches(subscription[Symbol.asyncIterator](), batchSize, IDLE_MS);
    // The next page is read and decoded while this one is applied.
    let next = this.readDecoded(batches);
    try {
      let checkDue = this.watchesForCatchUp();
      for (;;) {
        if (this.members.length === 0 || this.reachedUpTo()) return true;
        if (checkDue && (await this.caughtUpWithStore()) && (await this.reachGoal())) return true;
        const read = await next;
        if (!read) return false;
        next = this.readDecoded(batches);
        if (read.events.length > 0) {
          await this.apply(read.events);
          this.state = 'running';
          succeeded();
        }
        this.shortBatch = read.size < batchSize;
        checkDue = this.watchesForCatchUp() && this.shortBatch;
      }
    } finally {
      await subscription.stop();
      await next.catch(() => undefined);
      await batches.close();
    }
  }

  /** The next batch, decoded (only the events up to `upTo`); its size as read; undefined once the events end. */
  private async readDecoded(batches: EventBatches): Promise<{ size: number; events: ProjectedEvent[] } | undefined> {
    const batch = await batches.next();
    if (!batch) return undefined;
    return { size: batch.length, events: await Promise.all(this.upToOnly(batch).map(this.options.decode)) };
  }

  private upToOnly(batch: RecordedEvent[]): RecordedEvent[] {
    const { upTo } = this.options;
    if (this.options.mode !== 'until-position' || !upTo) return batch;
    return batch.filter((event) => comparePositions(event.position, upTo) <= 0);
  }

  private reachedUpTo(): boolean {
    const { upTo, mode } = this.options;
    const at = this.position;
    return mode === 'until-position' && upTo !== undefined && at !== undefined && comparePositions(at, upTo) >= 0;
  }

  private async apply(events: readonly ProjectedEvent[]): Promise<void> {
    const last = events[events.length - 1];
    if (!last) return;
    const failed = await this.applyToMembers(events, last.position);
    this.members = this.members.map((member) =>
      failed.has(member) ? member : { ...member, target: { ...member.target, checkpoint: last.position } },
    );
    for (const { target } of this.members.filter((member) => !failed.has(member))) {
      const { name, version, role } = target;
      this.options.onBatch?.({ projection: name, version, role, events: events.length, checkpoint: last.position });
    }
    for (const [member, error] of failed) {
      this.members = this.members.filter((candidate) => candidate.target.name !== member.target.name);
      this.options.onError?.(member.target.name, error);
      this.options.onSplit?.(member, error);
    }
  }

  /**
   * All members in one transaction (applyTogether). When that fails other than by the connection, each
   * member tries again in a transaction of its own, all at once, so that one failing alone holds back
   * no other: the members that failed come back with their errors, unless every member failed (then the
   * lane fails as a whole).
   */
  private async applyToMembers(events: readonly ProjectedEvent[], to: Position): Promise<Map<LaneMember, unknown>> {
    const { sql, onSplit } = this.options;
    const members = this.members;
    try {
      await sql.transaction((tx) => applyTogether(tx, members, events, to));
      return new Map();
    } catch (error) {
      if (members.length === 1 || !onSplit || connectionFailureOf(error) !== undefined || isTransient(error))
        throw error;
    }
    const outcomes = await Promise.allSettled(
      members.map((member) => sql.transaction((tx) => applyTogether(tx, [member], events, to))),
    );
    const failed = new Map<LaneMember, unknown>();
    outcomes.forEach((outcome, i) => {
      const member = members[i];
      if (member && outcome.status === 'rejected') failed.set(member, outcome.reason);
    });
    const first = failed.values().next();
    if (failed.size === members.length && !first.done) throw first.value;
    return failed;
  }

  private watchesForCatchUp(): boolean {
    return this.members.some((member) => member.target.role === 'building') || this.options.mode === 'until-served';
  }

  private async caughtUpWithStore(): Promise<boolean> {
    return (await journeyEventsAfter(this.options.sql, this.position ?? START, 1)) === 0;
  }

  /** Swaps built versions in; true when that was the lane's goal. */
  private async reachGoal(): Promise<boolean> {
    const swapped: LaneMember[] = [];
    for (const member of this.members) {
      if (member.target.role !== 'building') {
        swapped.push(member);
        continue;
      }
      const indexes = member.projection.createIndexes?.(tablesOfTarget(member.projection, member.target));
      if (indexes) await this.options.sql.exec(indexes);
      const target = await swapInBuild(this.options.sql, member.target);
      swapped.push({ ...member, target });
      this.options.onSwap?.(target);
    }
    this.members = swapped;
    return this.options.mode === 'until-served';
  }

  /** After a failure: carries on from the stored checkpoints, without members another runner took over. */
  private async reloadTargets(): Promise<boolean> {
    const reloaded: LaneMember[] = [];
    for (const member of this.members) {
      const target = await this.reloadTarget(member.target);
      if (target) reloaded.push({ ...member, target });
    }
    const at = reloaded[0]?.target.checkpoint;
    this.members = [];
    for (const member of reloaded) {
      if (at && comparePositions(member.target.checkpoint, at) === 0) this.members.push(member);
      else this.options.onSplit?.(member, new CheckpointMovedError(member.target.name));
    }
    return this.members.length > 0;
  }

  private async reloadTarget(target: ProjectionTarget): Promise<ProjectionTarget | undefined> {
    const state = await findProjectionState(this.options.sql, target.name);
    const { version, role } = target;
    if (!state) return undefined;
    if (role === 'building' && state.building?.version === version) {
      return { ...target, servedVersion: state.version, checkpoint: state.building.checkpoint };
    }
    if (state.version !== version) return undefined;
    return { ...target, role: 'active', servedVersion: version, checkpoint: state.checkpoint };
  }

  private backOff(failures: number, reconnecting: boolean): Promise<void> {
    const growing = BACK_OFF_MS[Math.min(failures, BACK_OFF_MS.length) - 1] ?? BACK_OFF_MS[0];
    const delay = reconnecting ? Math.min(growing, RECONNECT_BACK_OFF_MS) : growing;
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, delay);
      this.cancelBackOff = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private end(state: LaneState): void {
    this.state = state;
  }
}
