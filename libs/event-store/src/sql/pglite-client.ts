import { PGlite } from '@electric-sql/pglite';
import type { LockSession, SqlClient, SqlTransaction } from './sql-client';

/**
 * PGlite: PostgreSQL compiled to WebAssembly, in this process, its files in a data directory
 * (or in memory when none is given). One connection, so statements run one at a time.
 */
export class PgliteClient implements SqlClient {
  private readonly locked = new Set<string>();

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

  /**
   * A PGlite directory is open in one process only, so its locks are this client's: a name is held by
   * at most one session of it. A session is lost only when closed.
   */
  lockSession(): Promise<LockSession> {
    const mine = new Set<string>();
    let markLost = (): void => undefined;
    const lost = new Promise<void>((resolve) => (markLost = resolve));
    return Promise.resolve({
      lost,
      tryLock: (name) => {
        if (!mine.has(name) && this.locked.has(name)) return Promise.resolve(false);
        this.locked.add(name);
        mine.add(name);
        return Promise.resolve(true);
      },
      unlock: (name) => {
        if (mine.delete(name)) this.locked.delete(name);
        return Promise.resolve();
      },
      ping: () => Promise.resolve(),
      close: () => {
        for (const name of mine) this.locked.delete(name);
        mine.clear();
        markLost();
        return Promise.resolve();
      },
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
