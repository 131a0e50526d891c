import { START, type Position, type SqlTransaction } from '@samsyn/event-store';
import { CheckpointMovedError } from '../projection-errors';
import type { ProjectionTarget } from './projection-target';

export interface ProjectionState {
  readonly name: string;
  readonly version: number;
  readonly checkpoint: Position;
  readonly building: { readonly version: number; readonly checkpoint: Position } | undefined;
}

interface StateRow {
  version: number;
  checkpoint_tx: string;
  checkpoint_seq: string;
  building_version: number | null;
  building_tx: string | null;
  building_seq: string | null;
}

export async function findProjectionState(sql: SqlTransaction, name: string): Promise<ProjectionState | undefined> {
  const [row] = await sql.query<StateRow>(
    `select version, checkpoint_tx::text, checkpoint_seq::text, building_version, building_tx::text, building_seq::text
       from samsyn_projections where name = $1`,
    [name],
  );
  if (!row) return undefined;
  return {
    name,
    version: row.version,
    checkpoint: { commit: BigInt(row.checkpoint_tx), prepare: BigInt(row.checkpoint_seq) },
    building:
      row.building_version === null
        ? undefined
        : {
            version: row.building_version,
            checkpoint: { commit: BigInt(row.building_tx ?? 0), prepare: BigInt(row.building_seq ?? 0) },
          },
  };
}

/** The first version of a projection this database sees: served at once, filled from the start. */
export async function insertFirstVersion(
  sql: SqlTransaction,
  name: string,
  version: number,
): Promise<ProjectionTarget> {
  const inserted = await sql.query(
    `insert into samsyn_projections (name, version, status) values ($1, $2, 'active')
     on conflict (name) do nothing returning name`,
    [name, version],
  );
  if (inserted.length === 0) throw new CheckpointMovedError(name);
  return { name, version, role: 'active', servedVersion: version, checkpoint: START };
}

/**
 * Moves the target's checkpoint inside the transaction that applied the events, only from where
 * this runner read it: a second runner of the same projection fails here and its batch rolls back.
 */
export async function moveCheckpoint(tx: SqlTransaction, target: ProjectionTarget, to: Position): Promise<void> {
  const [tx8, seq] = target.role === 'active' ? ['checkpoint_tx', 'checkpoint_seq'] : ['building_tx', 'building_seq'];
  const versionColumn = target.role === 'active' ? 'version' : 'building_version';
  const moved = await tx.query(
    `update samsyn_projections set ${tx8} = $3::text::xid8, ${seq} = $4::bigint, updated_at = now()
      where name = $1 and ${versionColumn} = $2 and ${tx8} = $5::text::xid8 and ${seq} = $6::bigint
      returning name`,
    [
      target.name,
      target.version,
      to.commit.toString(),
      to.prepare.toString(),
      target.checkpoint.commit.toString(),
      target.checkpoint.prepare.toString(),
    ],
  );
  if (moved.length === 0) throw new CheckpointMovedError(target.name);
}

/**
 * `moveCheckpoint` for several targets standing at one checkpoint, in one statement: all move, or none
 * and the first that another runner moved is named in the error.
 */
export async function moveCheckpoints(
  tx: SqlTransaction,
  targets: readonly ProjectionTarget[],
  to: Position,
): Promise<void> {
  if (targets.length === 1 && targets[0]) return moveCheckpoint(tx, targets[0], to);
  const expected = targets.map(({ name, version, role, checkpoint }) => ({
    name,
    version,
    building: role === 'building',
    at_tx: checkpoint.commit.toString(),
    at_seq: checkpoint.prepare.toString(),
  }));
  const moved = await tx.query<{ name: string }>(
    `update samsyn_projections p set
        checkpoint_tx = case when t.building then p.checkpoint_tx else $1::text::xid8 end,
        checkpoint_seq = case when t.building then p.checkpoint_seq else $2::bigint end,
        building_tx = case when t.building then $1::text::xid8 else p.building_tx end,
        building_seq = case when t.building then $2::bigint else p.building_seq end,
        updated_at = now()
      from json_to_recordset($3::json) as t(name text, version int, building boolean, at_tx text, at_seq bigint)
      where p.name = t.name
        and (case when t.building then p.building_version else p.version end) = t.version
        and (case when t.building then p.building_tx else p.checkpoint_tx end) = t.at_tx::xid8
        and (case when t.building then p.building_seq else p.checkpoint_seq end) = t.at_seq
      returning p.name`,
    [to.commit.toString(), to.prepare.toString(), JSON.stringify(expected)],
  );
  const movedNames = new Set(moved.map((row) => row.name));
  const stuck = targets.find((target) => !movedNames.has(target.name));
  if (stuck) throw new CheckpointMovedError(stuck.name);
}
