import type { SqlClient } from '@samsyn/event-store';

/**
 * One row per projection: the version readers are served and its checkpoint, and while a new
 * version is being built, that version and its own checkpoint. A checkpoint is the position
 * (`tx_id`, `seq`) of the last event applied; ('0', 0) is the start.
 */
export const PROJECTION_STATE_SQL = `
select pg_advisory_xact_lock(727274002);

create table if not exists samsyn_projections (
  name text primary key,
  version int not null,
  checkpoint_tx xid8 not null default '0',
  checkpoint_seq bigint not null default 0,
  building_version int,
  building_tx xid8,
  building_seq bigint,
  status text not null check (status in ('active', 'rebuilding')),
  updated_at timestamptz not null default now()
);`;

export async function ensureProjectionStateTable(sql: SqlClient): Promise<void> {
  await sql.exec(PROJECTION_STATE_SQL);
}
