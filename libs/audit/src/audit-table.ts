import type { SqlClient } from '@samsyn/event-store';

/**
 * Append-only: who read (or was refused) which person's data, when, why. Rows name the reader and the
 * journey id, never the person's personal data, so they outlive an erasure unchanged. A report's row
 * has no journey id: it read counts over many people, and names what it read in `action` and `reason`.
 */
export const AUDIT_TABLE_SQL = `
create table if not exists samsyn_audit (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  journey_id uuid,
  subject text not null,
  organisation text not null,
  role text not null,
  purpose text not null,
  action text not null,
  outcome text not null check (outcome in ('read', 'refused', 'erased')),
  categories text[] not null,
  reason text
);
-- A report reads no one person's data: its row has no journey (tables made before reports existed are relaxed).
alter table samsyn_audit alter column journey_id drop not null;
create index if not exists samsyn_audit_journey on samsyn_audit (journey_id, at);
create index if not exists samsyn_audit_organisation on samsyn_audit (organisation, at);
create index if not exists samsyn_audit_subject on samsyn_audit (subject, at);`;

export async function ensureAuditTable(sql: SqlClient): Promise<void> {
  await sql.exec(AUDIT_TABLE_SQL);
}
