/**
 * How a request failed to reach the database:
 * - `not_connected`: no working connection was had (refused, server starting up or shutting down, too many
 *   connections, connect time-out); no statement reached the server, so nothing was written.
 * - `connection_lost`: a connection broke while in use (server stopped or crashed, network reset); a
 *   statement may have been sent, and a write then may or may not have been committed.
 */
export type ConnectionFailure = 'not_connected' | 'connection_lost';

/** What a write that met {@link StoreUnavailableError} left behind. */
export type WriteOutcome = 'not_written' | 'unknown';

/** Socket errors of a connection that was never made. */
const NOT_CONNECTED_ERRNOS = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);
/** Socket errors of a connection that broke. */
const LOST_ERRNOS = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED']);
/**
 * SQLSTATEs met before a session exists: 57P03 cannot_connect_now (starting up, shutting down, in
 * recovery), 53300 too_many_connections, 08001 unable to establish, 08004 server rejected the connection.
 */
const NOT_CONNECTED_SQLSTATES = new Set(['57P03', '53300', '08001', '08004']);
/** SQLSTATEs of a session ended under a statement: 57P01 admin_shutdown, 57P02 crash_shutdown, and class 08 below. */
const LOST_SQLSTATES = new Set(['57P01', '57P02']);
/** `pg` and `pg-pool` report these without a code. */
const NOT_CONNECTED_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
];
const LOST_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

/**
 * The one place that tells a database that cannot be reached from every other failure: `pg`'s socket
 * errors, PostgreSQL's connection and shutdown SQLSTATEs and `pg`'s own messages. Undefined for anything
 * else (constraint violations, syntax errors, …). Duck-typed: errors may come from another realm.
 */
export function connectionFailureOf(error: unknown): ConnectionFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if (error instanceof StoreUnavailableError) return error.outcome === 'unknown' ? 'connection_lost' : 'not_connected';
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string') {
    if (NOT_CONNECTED_ERRNOS.has(code) || NOT_CONNECTED_SQLSTATES.has(code)) return 'not_connected';
    if (LOST_ERRNOS.has(code) || LOST_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return 'connection_lost';
  }
  if (typeof message === 'string') {
    if (NOT_CONNECTED_MESSAGES.some((text) => message.startsWith(text))) return 'not_connected';
    if (LOST_MESSAGES.some((text) => message.startsWith(text))) return 'connection_lost';
  }
  // Node's connect to a name with several addresses fails with an AggregateError of one error per address.
  if (Array.isArray(errors) && errors.length > 0) {
    const failures = errors.map(connectionFailureOf);
    if (failures.every((failure) => failure === 'not_connected')) return 'not_connected';
    if (failures.every((failure) => failure !== undefined)) return 'connection_lost';
  }
  return undefined;
}

/**
 * The database behind the store could not be reached. Nothing of this error's cause is shown to
 * clients: its message may name hosts. `outcome` says what became of a write under way: `not_written`
 * when none was, or it failed before reaching the server; `unknown` when the connection broke after the
 * write was sent, so it may have been committed. `commandId` names the command whose write this was.
 */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE' as const;
  readonly commandId: string | undefined;

  constructor(
    readonly outcome: WriteOutcome,
    options: { cause?: unknown; commandId?: string } = {},
  ) {
    super(
      outcome === 'unknown'
        ? 'The connection to the database broke while a write was being committed'
        : 'The database cannot be reached',
      { cause: options.cause },
    );
    this.name = 'StoreUnavailableError';
    this.commandId = options.commandId;
  }

  /** The same failure, told about the command whose write it was. */
  forCommand(commandId: string): StoreUnavailableError {
    return new StoreUnavailableError(this.outcome, { cause: this.cause, commandId });
  }
}

/**
 * `error` as a {@link StoreUnavailableError} when it means the database could not be reached (outcome
 * `not_written` unless the error says otherwise); undefined for every other error. For errors outside a
 * write: a raw error cannot tell whether the statement it broke was a write.
 */
export function asStoreUnavailable(error: unknown): StoreUnavailableError | undefined {
  if (error instanceof StoreUnavailableError) return error;
  return connectionFailureOf(error) ? new StoreUnavailableError('not_written', { cause: error }) : undefined;
}

/** For a write: a connection failure as a {@link StoreUnavailableError} whose outcome says whether it may have been committed. */
export function writeFailure(error: unknown): StoreUnavailableError | undefined {
  if (error instanceof StoreUnavailableError) return error;
  const failure = connectionFailureOf(error);
  if (!failure) return undefined;
  return new StoreUnavailableError(failure === 'connection_lost' ? 'unknown' : 'not_written', { cause: error });
}
