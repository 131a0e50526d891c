import { START, type SqlClient } from '@samsyn/event-store';
import { CheckpointMovedError } from '../projection-errors';
import { quoteIdentifier, rebuildSchema, versionSchema } from '../projection-schema';
import type { ProjectionState } from './projection-state';
import { targetSchema, type ProjectionTarget } from './projection-target';

/** Starts building `version` from the first event beside the served one, dropping any other build left behind. */
export async function startBuild(sql: SqlClient, state: ProjectionState, version: number): Promise<ProjectionTarget> {
  const target: ProjectionTarget = {
    name: state.name,
    version,
    role: 'building',
    servedVersion: state.version,
    checkpoint: START,
  };
  await sql.transaction(async (tx) => {
    const started = await tx.query(
      `update samsyn_projections
          set building_version = $3, building_tx = '0', building_seq = 0, status = 'rebuilding', updated_at = now()
        where name = $1 and version = $2 and building_version is not distinct from $4::int
        returning name`,
      [state.name, state.version, version, state.building?.version ?? null],
    );
    if (started.length === 0) throw new CheckpointMovedError(state.name);
    if (state.building)
      await tx.query(`drop schema if exists ${quoteIdentifier(buildSchemaOf(state, state.building.version))} cascade`);
  });
  return target;
}

/** Drops a build of a version this code no longer has (a deploy rolled back while it was being built). */
export async function abandonBuild(sql: SqlClient, state: ProjectionState): Promise<void> {
  const building = state.building;
  if (!building) return;
  await sql.transaction(async (tx) => {
    const abandoned = await tx.query(
      `update samsyn_projections
          set building_version = null, building_tx = null, building_seq = null, status = 'active', updated_at = now()
        where name = $1 and building_version = $2 returning name`,
      [state.name, building.version],
    );
    if (abandoned.length > 0)
      await tx.query(`drop schema if exists ${quoteIdentifier(buildSchemaOf(state, building.version))} cascade`);
  });
}

/**
 * In one transaction: serve the built version from its checkpoint and drop the version served until
 * now. A rebuild of the served version itself replaces its schema by the rebuilt one, under the same name.
 */
export async function swapInBuild(sql: SqlClient, target: ProjectionTarget): Promise<ProjectionTarget> {
  return sql.transaction(async (tx) => {
    const [locked] = await tx.query<{ version: number }>(
      `select version from samsyn_projections
        where name = $1 and building_version = $2 and building_tx = $3::text::xid8 and building_seq = $4::bigint
        for update`,
      [target.name, target.version, target.checkpoint.commit.toString(), target.checkpoint.prepare.toString()],
    );
    if (!locked) throw new CheckpointMovedError(target.name);
    await tx.query(
      `update samsyn_projections
          set version = building_version, checkpoint_tx = building_tx, checkpoint_seq = building_seq,
              building_version = null, building_tx = null, building_seq = null, status = 'active', updated_at = now()
        where name = $1`,
      [target.name],
    );
    await tx.query(`drop schema if exists ${quoteIdentifier(versionSchema(target.name, locked.version))} cascade`);
    if (locked.version === target.version) {
      await tx.query(
        `alter schema ${quoteIdentifier(rebuildSchema(target.name, target.version))} rename to ${quoteIdentifier(versionSchema(target.name, target.version))}`,
      );
    }
    return { ...target, role: 'active', servedVersion: target.version };
  });
}

/**
 * Creates the target's schema and tables afresh, only while the stored checkpoint of that target is
 * still at the start: nothing has been applied there yet, so a schema left by a crash can be replaced.
 * One multi-statement call runs as one transaction; the projection's DDL may hold several statements.
 */
export async function createTargetSchema(sql: SqlClient, target: ProjectionTarget, ddl: string): Promise<void> {
  const schema = quoteIdentifier(targetSchema(target));
  const stillAtStart =
    target.role === 'active'
      ? `version = ${target.version} and checkpoint_tx = '0' and checkpoint_seq = 0`
      : `building_version = ${target.version} and building_tx = '0' and building_seq = 0`;
  try {
    await sql.exec(`
      do $guard$ begin
        perform 1 from samsyn_projections where name = '${target.name}' and ${stillAtStart} for update;
        if not found then raise exception 'projection checkpoint moved' using errcode = 'SSPRM'; end if;
      end $guard$;
      drop schema if exists ${schema} cascade;
      create schema ${schema};
      ${ddl};`);
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'SSPRM') {
      throw new CheckpointMovedError(target.name);
    }
    throw error;
  }
}

function buildSchemaOf(state: ProjectionState, buildingVersion: number): string {
  return buildingVersion === state.version
    ? rebuildSchema(state.name, buildingVersion)
    : versionSchema(state.name, buildingVersion);
}
