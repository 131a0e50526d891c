import { createTestDatabase, type TestDatabase } from '@samsyn/testing';
import { PgliteClient } from '../src/sql/pglite-client';
import { PostgresClient } from '../src/sql/postgres-client';
import type { SqlClient } from '../src/sql/sql-client';

/** What projection leases stand on: a name is held by one lock session at a time, and freed when its holder goes. */
describe.each([
  ['PostgreSQL', true],
  ['PGlite', false],
] as const)('lock sessions on %s', (_name, postgres) => {
  let database: TestDatabase | undefined;
  let sql: SqlClient;

  beforeAll(async () => {
    database = postgres ? await createTestDatabase() : undefined;
    sql = database ? new PostgresClient({ connectionString: database.url }) : await PgliteClient.open();
  });
  afterAll(async () => {
    await sql.close();
    await database?.drop();
  });

  it('gives a name to one session at a time and frees it on unlock and on close', async () => {
    const [one, two] = [await sql.lockSession(), await sql.lockSession()];
    expect(await one.tryLock('projection:a')).toBe(true);
    expect(await one.tryLock('projection:a')).toBe(true);
    expect(await two.tryLock('projection:a')).toBe(false);
    expect(await two.tryLock('projection:b')).toBe(true);

    await one.unlock('projection:a');
    if (postgres) await one.unlock('projection:a'); // PostgreSQL counts re-entrant advisory locks
    expect(await two.tryLock('projection:a')).toBe(true);
    expect(await one.tryLock('projection:b')).toBe(false);

    await two.close();
    await expect(two.lost).resolves.toBeUndefined();
    expect(await one.tryLock('projection:b')).toBe(true);
    await one.close();
  });

  if (postgres) {
    it('reports the session lost when its connection ends, and the name is free for another', async () => {
      const [holder, other] = [await sql.lockSession(), await sql.lockSession()];
      expect(await holder.tryLock('projection:c')).toBe(true);
      expect(await other.tryLock('projection:c')).toBe(false);
      await sql.query(
        `select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted
           and ((classid::bigint << 32) | objid::bigint) = hashtextextended('samsyn.lock:projection:c', 0)`,
      );
      await expect(holder.lost).resolves.toBeUndefined();
      await expect(holder.ping()).rejects.toBeDefined();
      expect(await other.tryLock('projection:c')).toBe(true);
      await other.close();
    });
  }
});
