/**
 * The little a store needs from a SQL connection. PostgreSQL (`pg`) and PGlite both provide it,
 * so one code path and the same SQL serve both.
 */
/** The statements of one transaction. */
export interface SqlTransaction {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface SqlClient extends SqlTransaction {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** Runs several statements in one go (schema set-up). */
  exec(sql: string): Promise<void>;
  /** Calls `listener` on each NOTIFY on `channel`; resolves to a function that stops listening. */
  listen(channel: string, listener: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The fields PostgreSQL's and PGlite's errors share. */
export interface SqlError {
  code?: string;
  detail?: string;
  constraint?: string;
}

export function asSqlError(error: unknown): SqlError {
  return typeof error === 'object' && error !== null ? (error as SqlError) : {};
}
