/**
 * The little a store needs from a SQL connection. PostgreSQL (`pg`) and PGlite both provide it,
 * so one code path and the same SQL serve both.
 */
/** The statements of one transaction. */
export interface SqlTransaction {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/**
 * Named locks held as long as a connection of their own lives: at most one session holds a name.
 * `lost` resolves when that connection is gone (process killed, server restart, network), and with
 * it every lock it held.
 */
export interface LockSession {
  readonly lost: Promise<void>;
  /** Takes `name` unless another session holds it; true when this session holds it now. */
  tryLock(name: string): Promise<boolean>;
  unlock(name: string): Promise<void>;
  /** Resolves when the connection answers; rejects when it does not. */
  ping(): Promise<void>;
  /** Lets every lock go. */
  close(): Promise<void>;
}

export interface SqlClient extends SqlTransaction {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** Runs several statements in one go (schema set-up). */
  exec(sql: string): Promise<void>;
  /** Calls `listener` on each NOTIFY on `channel`; resolves to a function that stops listening. */
  listen(channel: string, listener: () => void): Promise<() => Promise<void>>;
  lockSession(): Promise<LockSession>;
  close(): Promise<void>;
}

/** The fields PostgreSQL's and PGlite's errors share. */
export interface SqlError {
  code?: string;
  detail?: string;
  constraint?: string;
}

export function asSqlError(error: unknown): SqlError {
  return typeof error === 'object' && error !== null ? error : {};
}
