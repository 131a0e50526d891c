import { Client, Pool, type PoolConfig } from 'pg';
import type { LockSession, SqlClient, SqlTransaction } from './sql-client';

const RELISTEN_DELAY_MS = 1_000;
/** A 64-bit advisory-lock key per name, apart from other uses of advisory locks. */
const LOCK_KEY = "hashtextextended('samsyn.lock:' || $1, 0)";

/** PostgreSQL through a `pg` pool; LISTEN runs on a connection of its own that reconnects. */
export class PostgresClient implements SqlClient {
  private readonly pool: Pool;

  constructor(private readonly config: PoolConfig) {
    this.pool = new Pool({ max: 10, ...config });
    // An idle connection dropped by a server restart must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.pool.query(sql, params as unknown[]);
    return result.rows as Row[];
  }

  async transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // pg-pool leaves a checked-out client without an 'error' listener: a connection lost between two
    // statements (a server restart) would be an unhandled 'error' event and end the process.
    let broken: Error | undefined;
    const onError = (error: Error): void => {
      broken = error;
    };
    client.on('error', onError);
    try {
      await client.query('begin');
      const result = await work({
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          (await client.query(sql, params as unknown[])).rows as Row[],
      });
      await client.query('commit');
      return result;
    } catch (error) {
      if (!broken) await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async listen(channel: string, listener: () => void): Promise<() => Promise<void>> {
    let client: Client | undefined;
    let closed = false;
    const connect = async (): Promise<void> => {
      if (closed) return;
      const next = new Client(this.config);
      next.on('notification', (message) => message.channel === channel && listener());
      next.on('error', () => {
        // Missed notifications are covered by the subscription's polling; reconnect in the background.
        listener();
        reconnectLater();
      });
      await next.connect();
      await next.query(`listen ${channel}`);
      client = next;
    };
    let reconnecting = false;
    const reconnectLater = (): void => {
      if (reconnecting || closed) return;
      reconnecting = true;
      void client?.end().catch(() => undefined);
      setTimeout(() => {
        reconnecting = false;
        void connect().catch(reconnectLater);
      }, RELISTEN_DELAY_MS).unref();
    };
    // Not listening yet (the server may be restarting) only delays wake-ups to the poll interval.
    await connect().catch(reconnectLater);
    return async () => {
      closed = true;
      await client?.end().catch(() => undefined);
    };
  }

  /** Advisory locks on a connection of their own: PostgreSQL lets them go when that connection ends. */
  async lockSession(): Promise<LockSession> {
    const client = new Client({ keepAlive: true, ...this.config });
    let markLost = (): void => undefined;
    const lost = new Promise<void>((resolve) => (markLost = resolve));
    client.on('error', () => markLost());
    client.on('end', () => markLost());
    try {
      await client.connect();
    } catch (error) {
      markLost();
      throw error;
    }
    return {
      lost,
      tryLock: async (name) =>
        (await client.query<{ locked: boolean }>(`select pg_try_advisory_lock(${LOCK_KEY}) as locked`, [name])).rows[0]
          ?.locked === true,
      unlock: async (name) => {
        await client.query(`select pg_advisory_unlock(${LOCK_KEY})`, [name]);
      },
      ping: async () => {
        await client.query('select 1');
      },
      close: async () => {
        await client.end().catch(() => undefined);
        markLost();
      },
    };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
