import { perTurnLoader, type Position, type SqlClient } from '@samsyn/event-store';
import { ProjectionNotFoundError } from '../projection-errors';
import { ProjectionBehindError } from './projection-behind-error';
import { tablesIn, versionSchema } from '../projection-schema';
import type { Projection, ProjectionTables } from '../projection';
import { ensureProjectionStateTable } from '../state/projection-state-table';
import { readLag, type ProjectionLag } from './projection-lag';
import { projectionsBehind } from './projections-behind';
import { Wakeups } from './wakeups';

/** Runners NOTIFY this channel when a served checkpoint moved, so readers in other processes wake at once. */
export const PROJECTIONS_CHANNEL = 'samsyn_projections';

const POLL_MS = 250;
const MISSING_RELATION_CODES = new Set(['42P01', '3F000']);

/**
 * What GraphQL resolvers need from projections: the tables of the version served now, the lag, and
 * waiting for a position a mutation returned (read your own writes). Works in any process that
 * reaches the database, beside a runner or not.
 */
export class ProjectionReader {
  private readonly wakeups = new Wakeups();
  /** The versions served, looked up once per turn of the event loop for every resolver asking in it. */
  private readonly servedVersions = perTurnLoader<string, number | undefined>(async (names) => {
    const rows = await this.sql.query<{ name: string; version: number }>(
      'select name, version from samsyn_projections where name = any($1::text[])',
      [names],
    );
    const versions = new Map(rows.map((row) => [row.name, row.version]));
    return names.map((name) => versions.get(name));
  });
  private listening: Promise<() => Promise<void>> | undefined;
  private stateTable: Promise<void> | undefined;

  constructor(
    private readonly sql: SqlClient,
    /** The projections `waitForAll` waits for. */
    private readonly projectionNames: readonly string[] = [],
  ) {}

  async tables<TableName extends string>(projection: Projection<TableName>): Promise<ProjectionTables<TableName>> {
    await this.ready();
    const version = await this.servedVersions.load(projection.name);
    if (version === undefined) throw new ProjectionNotFoundError(projection.name);
    return tablesIn(projection, versionSchema(projection.name, version));
  }

  /** Runs `work` on the served tables, once more if a version swap dropped them between lookup and query. */
  async read<TableName extends string, Result>(
    projection: Projection<TableName>,
    work: (tables: ProjectionTables<TableName>) => Promise<Result>,
  ): Promise<Result> {
    try {
      return await work(await this.tables(projection));
    } catch (error) {
      if (!isMissingRelation(error)) throw error;
      return work(await this.tables(projection));
    }
  }

  async lag(projection: string): Promise<ProjectionLag> {
    await this.ready();
    return readLag(this.sql, projection);
  }

  /**
   * Resolves once each named projection serves data at least as fresh as `position`; rejects with
   * {@link ProjectionBehindError} (`PROJECTION_BEHIND`, carrying the lag) when `timeoutMs` runs out.
   */
  async waitFor(projections: string | readonly string[], position: Position, timeoutMs: number): Promise<void> {
    const names = typeof projections === 'string' ? [projections] : projections;
    const deadline = Date.now() + timeoutMs;
    await this.ready();
    await this.listen();
    for (;;) {
      const left = deadline - Date.now();
      const wakeUp = this.wakeups.next(Math.min(left, POLL_MS));
      const behind = await projectionsBehind(this.sql, names, position);
      const [first] = behind;
      if (first === undefined) return;
      if (left <= 0) throw new ProjectionBehindError(position, await this.lag(first), timeoutMs);
      await wakeUp;
    }
  }

  waitForAll(position: Position, timeoutMs: number): Promise<void> {
    return this.waitFor(this.projectionNames, position, timeoutMs);
  }

  /** Called by a runner in this process after it moved a served checkpoint. */
  wake(): void {
    this.wakeups.wake();
  }

  async close(): Promise<void> {
    const unlisten = await this.listening;
    this.listening = undefined;
    await unlisten?.();
  }

  /** A reader may start before any runner has created the projections' table. */
  private async ready(): Promise<void> {
    this.stateTable ??= ensureProjectionStateTable(this.sql).catch((error: unknown) => {
      this.stateTable = undefined;
      throw error;
    });
    await this.stateTable;
  }

  private async listen(): Promise<void> {
    // Without LISTEN (it failed to connect) waiting still works, by polling.
    this.listening ??= this.sql
      .listen(PROJECTIONS_CHANNEL, () => this.wakeups.wake())
      .catch(() => () => Promise.resolve());
    await this.listening;
  }
}

function isMissingRelation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && MISSING_RELATION_CODES.has(String(error.code))
  );
}
