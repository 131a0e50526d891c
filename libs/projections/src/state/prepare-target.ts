import type { SqlClient } from '@samsyn/event-store';
import { CheckpointMovedError } from '../projection-errors';
import type { Projection } from '../projection';
import { abandonBuild, createTargetSchema, startBuild } from './projection-builds';
import { findProjectionState, insertFirstVersion } from './projection-state';
import { isAtStart, tablesOfTarget, type ProjectionTarget } from './projection-target';

/**
 * `run`: carry on with the code's version, building it beside the served one when the version changed.
 * `rebuild`: build the code's version afresh from the first event, even when it is the one served.
 */
export type PrepareMode = 'run' | 'rebuild';

const ATTEMPTS = 3;

/** Decides what a lane writes to and sets it up; retried when another runner changes the row meanwhile. */
export async function prepareTarget(
  sql: SqlClient,
  projection: Projection,
  mode: PrepareMode,
): Promise<ProjectionTarget> {
  for (let attempt = 1; ; attempt++) {
    try {
      const target = await chooseTarget(sql, projection, mode);
      if (isAtStart(target.checkpoint)) await createTargetSchema(sql, target, targetDdl(projection, target));
      return target;
    } catch (error) {
      if (!(error instanceof CheckpointMovedError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** A served target gets its indexes at once; a build gets them once loaded (ProjectionLane, before the swap). */
function targetDdl(projection: Projection, target: ProjectionTarget): string {
  const tables = tablesOfTarget(projection, target);
  const indexes = target.role === 'active' ? projection.createIndexes?.(tables) : undefined;
  return indexes ? `${projection.createTables(tables)}\n${indexes}` : projection.createTables(tables);
}

async function chooseTarget(sql: SqlClient, projection: Projection, mode: PrepareMode): Promise<ProjectionTarget> {
  const { name, version } = projection;
  const state = await findProjectionState(sql, name);
  if (!state) return insertFirstVersion(sql, name, version);
  if (mode === 'run' && state.version === version) {
    if (state.building && state.building.version !== version) await abandonBuild(sql, state);
    return { name, version, role: 'active', servedVersion: version, checkpoint: state.checkpoint };
  }
  if (mode === 'run' && state.building?.version === version) {
    return { name, version, role: 'building', servedVersion: state.version, checkpoint: state.building.checkpoint };
  }
  return startBuild(sql, state, version);
}
