import type { SqlClient } from './sql-client';

const COALESCE_MS = 2;

/**
 * Tells listeners that events were appended, with one NOTIFY for all appends of a few milliseconds,
 * sent after they committed. A NOTIFY inside each append would serialise every writer's commit on
 * PostgreSQL's notification queue lock; a lost NOTIFY costs at most a subscription's poll interval.
 */
export class AppendNotifier {
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly sql: SqlClient,
    private readonly channel: string,
  ) {}

  appended(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.sending = this.sql
        .query('select pg_notify($1, $2)', [this.channel, ''])
        .then(() => undefined)
        .catch(() => undefined);
    }, COALESCE_MS);
  }

  /** Sends what is pending now; called before the connection closes. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      await this.sql.query('select pg_notify($1, $2)', [this.channel, '']).catch(() => undefined);
    }
    await this.sending;
  }
}
