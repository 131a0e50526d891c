import {
  connectionFailureOf,
  type EventStore,
  type Position,
  type RecordedEvent,
  type SqlClient,
  type Subscription,
} from '@samsyn/event-store';
import type { EventDecoder } from '../decoding/event-decoder';
import { JOURNEY_STREAM_PREFIX } from '../decoding/journey-event-decoder';
import { CheckpointMovedError } from '../projection-errors';
import { applyEvents, type Projection } from '../projection';
import { journeyEventsAfter } from '../state/events-behind';
import { swapInBuild } from '../state/projection-builds';
import { findProjectionState, moveCheckpoint } from '../state/projection-state';
import { tablesOfTarget, type ProjectionTarget, type TargetRole } from '../state/projection-target';
import { describeError, isTransient } from './error-codes';
import { EventBatches } from './event-batches';

export interface LaneOptions {
  readonly store: EventStore;
  readonly sql: SqlClient;
  readonly decode: EventDecoder;
  readonly projection: Projection;
  readonly batchSize: number;
  /** `live`: follow the events until stopped. `until-served`: end once the target is served with nothing left to apply. */
  readonly mode: 'live' | 'until-served';
  readonly onBatch?: (batch: AppliedBatch) => void;
  readonly onSwap?: (target: ProjectionTarget) => void;
  readonly onError?: (error: unknown) => void;
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
 * Keeps one projection's target up to date: reads events from its checkpoint, applies each batch and
 * moves the checkpoint in one transaction, swaps a built version in once nothing is left to apply.
 * After a failure it rolls back, waits, and resumes from the stored checkpoint.
 */
export class ProjectionLane {
  private state: LaneState = 'running';
  private lastError: string | undefined;
  private stopping = false;
  private subscription: Subscription | undefined;
  private cancelBackOff: (() => void) | undefined;
  private done: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: LaneOptions,
    private target: ProjectionTarget,
  ) {}

  static start(options: LaneOptions, target: ProjectionTarget): ProjectionLane {
    const lane = new ProjectionLane(options, target);
    lane.done = lane.run();
    return lane;
  }

  status(): ProjectionStatus {
    const { name, version, role, servedVersion, checkpoint } = this.target;
    return { projection: name, version, role, servedVersion, checkpoint, state: this.state, lastError: this.lastError };
  }

  /** Resolves when the lane ends by itself (`until-served`), or rejects with the error that ended it. */
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

  private async run(): Promise<void> {
    let failures = 0;
    let reload = false;
    while (!this.stopping) {
      try {
        if (reload && !(await this.reloadTarget())) return this.end('superseded');
        reload = false;
        if (await this.follow(() => (failures = 0))) return this.end('finished');
      } catch (error) {
        this.lastError = describeError(error);
        this.options.onError?.(error);
        reload = true;
        if (error instanceof CheckpointMovedError) continue;
        if (this.options.mode === 'until-served' && !isTransient(error)) throw error;
        this.state = 'retrying';
        await this.backOff(++failures, connectionFailureOf(error) !== undefined);
      }
    }
  }

  /** Follows the events from the checkpoint; true once the goal of `until-served` is reached. */
  private async follow(succeeded: () => void): Promise<boolean> {
    const { store, batchSize } = this.options;
    const subscription = store.subscribeToAll({
      after: this.target.checkpoint,
      filter: { streamPrefixes: [JOURNEY_STREAM_PREFIX] },
    });
    this.subscription = subscription;
    if (this.stopping) await subscription.stop();
    const batches = new EventBatches(subscription[Symbol.asyncIterator](), batchSize, IDLE_MS);
    try {
      let checkDue = this.watchesForCatchUp();
      for (;;) {
        if (checkDue && (await this.caughtUp()) && (await this.reachGoal())) return true;
        const batch = await batches.next();
        if (!batch) return false;
        if (batch.length > 0) {
          await this.apply(batch);
          this.state = 'running';
          succeeded();
        }
        checkDue = this.watchesForCatchUp() && batch.length < batchSize;
      }
    } finally {
      await subscription.stop();
      await batches.close();
    }
  }

  private async apply(batch: readonly RecordedEvent[]): Promise<void> {
    const { sql, decode, projection } = this.options;
    const last = batch[batch.length - 1];
    if (!last) return;
    const events = await Promise.all(batch.map(decode));
    const target = this.target;
    const tables = tablesOfTarget(projection, target);
    await sql.transaction(async (tx) => {
      await applyEvents(tx, projection, tables, events);
      await moveCheckpoint(tx, target, last.position);
    });
    this.target = { ...target, checkpoint: last.position };
    const { name, version, role } = this.target;
    this.options.onBatch?.({ projection: name, version, role, events: batch.length, checkpoint: last.position });
  }

  private watchesForCatchUp(): boolean {
    return this.target.role === 'building' || this.options.mode === 'until-served';
  }

  private async caughtUp(): Promise<boolean> {
    return (await journeyEventsAfter(this.options.sql, this.target.checkpoint, 1)) === 0;
  }

  /** Swaps a built version in; true when that was the lane's goal. */
  private async reachGoal(): Promise<boolean> {
    if (this.target.role === 'building') {
      this.target = await swapInBuild(this.options.sql, this.target);
      this.options.onSwap?.(this.target);
    }
    return this.options.mode === 'until-served';
  }

  /** After a failure: carries on from the stored checkpoint, unless another runner took the target over. */
  private async reloadTarget(): Promise<boolean> {
    const state = await findProjectionState(this.options.sql, this.target.name);
    const { version, role } = this.target;
    if (!state) return false;
    if (role === 'building' && state.building?.version === version) {
      this.target = { ...this.target, servedVersion: state.version, checkpoint: state.building.checkpoint };
      return true;
    }
    if (state.version !== version) return false;
    this.target = { ...this.target, role: 'active', servedVersion: version, checkpoint: state.checkpoint };
    return true;
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
