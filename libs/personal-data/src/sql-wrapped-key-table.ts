import type { SqlClient } from '@samsyn/event-store';
import type { WrappedKeyTable } from './journey-key-store';

export const JOURNEY_KEYS_SQL = `
create table if not exists samsyn_journey_keys (
  journey_id uuid primary key,
  wrapped_key bytea not null,
  created_at timestamptz not null default now()
);`;

/** Journey keys in PostgreSQL or PGlite, through the same client the event store uses. */
export class SqlWrappedKeyTable implements WrappedKeyTable {
  private constructor(private readonly sql: SqlClient) {}

  static async open(sql: SqlClient): Promise<SqlWrappedKeyTable> {
    await sql.exec(JOURNEY_KEYS_SQL);
    return new SqlWrappedKeyTable(sql);
  }

  async insert(journeyId: string, wrapped: Buffer): Promise<void> {
    await this.sql.query('insert into samsyn_journey_keys (journey_id, wrapped_key) values ($1, $2)', [
      journeyId,
      wrapped,
    ]);
  }

  async find(journeyId: string): Promise<Buffer | undefined> {
    const [row] = await this.sql.query<{ wrapped_key: Uint8Array }>(
      'select wrapped_key from samsyn_journey_keys where journey_id = $1',
      [journeyId],
    );
    return row && Buffer.from(row.wrapped_key);
  }

  async findMany(journeyIds: readonly string[]): Promise<Map<string, Buffer>> {
    const rows = await this.sql.query<{ journey_id: string; wrapped_key: Uint8Array }>(
      'select journey_id, wrapped_key from samsyn_journey_keys where journey_id = any($1::uuid[])',
      [journeyIds],
    );
    return new Map(rows.map((row) => [row.journey_id, Buffer.from(row.wrapped_key)]));
  }

  async delete(journeyId: string): Promise<boolean> {
    const rows = await this.sql.query('delete from samsyn_journey_keys where journey_id = $1 returning journey_id', [
      journeyId,
    ]);
    return rows.length > 0;
  }
}
