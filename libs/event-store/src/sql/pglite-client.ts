import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlTransaction } from './sql-client';

/**
 * PGlite: PostgreSQL compiled to WebAssembly, in this process, its files in a data directory
 * (or in memory when none is given). One connection, so statements run one at a time.
 */
export class PgliteClient implements SqlClient {
  private constructor(readonly db: PGlite) {}

  static async open(dataDir?: string): Promise<PgliteClient> {
    // relaxedDurability stays off: a query resolves only after its writes reached the file system.
    const db = await PGlite.create(dataDir, { relaxedDurability: false });
    return new PgliteClient(db);
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.db.query<Row>(sql, params as unknown[]);
    return result.rows;
  }

  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) =>
      work({
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          (await tx.query<Row>(sql, params as unknown[])).rows,
      }),
    );
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async listen(channel: string, listener: () => void): Promise<() => Promise<void>> {
    return this.db.listen(channel, listener);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
