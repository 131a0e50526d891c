import type { LockSession, SqlClient } from '@samsyn/event-store';

const LEASE_PREFIX = 'projection:';

/**
 * Which projections this process may apply: each one's lease is a lock of the SQL client's lock
 * session (on PostgreSQL an advisory lock on a connection of its own), so one process at a time holds
 * it, and it is let go the moment that process dies or its connection drops. The checkpoint
 * compare-and-set still guards each batch, for the moment between a connection being lost and the
 * lane noticing.
 */
export class ProjectionLeases {
  private session: LockSession | undefined;
  private readonly held = new Set<string>();

  constructor(private readonly sql: SqlClient) {}

  /** Tries to take each lease not held yet; returns those of `names` held now. */
  async take(names: readonly string[]): Promise<string[]> {
    const session = await this.openSession();
    for (const name of names) {
      if (!this.held.has(name) && (await session.tryLock(LEASE_PREFIX + name))) this.held.add(name);
    }
    return names.filter((name) => this.held.has(name));
  }

  /** True while the connection holding the leases answers; false once it is lost (every lease is then gone). */
  async stillHeld(): Promise<boolean> {
    const session = this.session;
    // Without a session (its connection was lost and forgotten) nothing is held.
    if (!session) return false;
    const alive = await Promise.race([
      session.ping().then(
        () => true,
        () => false,
      ),
      session.lost.then(() => false),
    ]);
    if (!alive) await this.forget();
    return alive;
  }

  /** Lets every lease go. */
  async releaseAll(): Promise<void> {
    await this.forget();
  }

  private async openSession(): Promise<LockSession> {
    if (this.session) return this.session;
    const session = await this.sql.lockSession();
    this.session = session;
    void session.lost.then(() => {
      if (this.session === session) void this.forget();
    });
    return session;
  }

  private async forget(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.held.clear();
    await session?.close();
  }
}
