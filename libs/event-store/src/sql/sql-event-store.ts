import {
  InvalidAppendError,
  IdempotencyConflictError,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '../errors';
import type {
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import type { AppendResult, NewEvent, RecordedEvent } from '../events';
import type { ExpectedRevision } from '../expected-revision';
import { START } from '../position';
import { CatchUpSubscription } from '../subscription/catch-up-subscription';
import { writeFailure } from '../store-unavailable';
import { validateAppend } from '../validate-append';
import { AppendNotifier } from './append-notifier';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-rows';
import { readStreamSql } from './read-stream-sql';
import { NOTIFY_CHANNEL, SCHEMA_SQL } from './schema';
import { asSqlError, type SqlClient } from './sql-client';

interface AppendRow {
  last_revision: string;
  commit_position: string;
  prepare_position: string;
}

const DEFAULT_PAGE = 500;

/** The event store on PostgreSQL or PGlite: the same SQL for both, given as a {@link SqlClient}. */
export class SqlEventStore implements EventStore {
  private readonly notifier: AppendNotifier;

  private constructor(private readonly sql: SqlClient) {
    this.notifier = new AppendNotifier(sql, NOTIFY_CHANNEL);
  }

  static async open(sql: SqlClient): Promise<SqlEventStore> {
    await sql.exec(SCHEMA_SQL);
    return new SqlEventStore(sql);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    validateAppend(streamId, events, expected);
    const payload = JSON.stringify(events.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })));
    try {
      const rows = await this.sql.query<AppendRow>(
        'select last_revision::text, commit_position, prepare_position::text from samsyn_append($1, $2, $3::jsonb)',
        [streamId, String(expected), payload],
      );
      this.notifier.appended();
      return toAppendResult(rows);
    } catch (error) {
      // The database was not reached (nothing written) or the connection broke under the append (it may
      // have committed): either way the caller is told which, and a retry with the same event ids is safe.
      const unavailable = writeFailure(error);
      if (unavailable) throw unavailable;
      const sqlError = asSqlError(error);
      // A retry of a stored append fails the revision check or the unique event id: if the same
      // events are stored at that place, it is the same append and succeeds.
      if (
        sqlError.code === 'SSWEV' ||
        (sqlError.code === '23505' && sqlError.constraint === 'samsyn_events_event_id')
      ) {
        const stored = await this.storedAppend(streamId, payload);
        if (stored) return stored;
      }
      throw toStoreError(error, streamId, expected);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const rows = await this.sql.query<EventRow & { deleted: boolean }>(
      readStreamSql(backwards ? 'backwards' : 'forwards'),
      [streamId, String(from), options.maxCount ?? null],
    );
    if (rows[0]?.deleted) throw new StreamDeletedError(streamId);
    return rows.filter((row) => row.event_id !== null).map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const rows = await this.sql.query<EventRow>(
      `select ${EVENT_COLUMNS}
         from samsyn_events e
        where (e.tx_id, e.seq) > ($1::text::xid8, $2::bigint)
          and e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
          and ($3::text[] is null or e.type = any($3::text[]))
          and ($4::text[] is null or e.stream_id ^@ any($4::text[]))
        order by e.tx_id, e.seq
        limit $5`,
      [
        after.commit.toString(),
        after.prepare.toString(),
        options.filter?.eventTypes ?? null,
        options.filter?.streamPrefixes ?? null,
        options.maxCount ?? DEFAULT_PAGE,
      ],
    );
    return rows.map(toRecordedEvent);
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    return new CatchUpSubscription({
      after: options.after ?? START,
      readPage: (after) => this.readAll({ after, maxCount: DEFAULT_PAGE, filter: options.filter }),
      pageSize: DEFAULT_PAGE,
      listen: (wake) => this.sql.listen(NOTIFY_CHANNEL, wake),
    });
  }

  async deleteStream(streamId: string, expected: ExpectedRevision): Promise<void> {
    try {
      await this.sql.query('select samsyn_delete_stream($1, $2)', [streamId, String(expected)]);
    } catch (error) {
      throw toStoreError(error, streamId, expected);
    }
  }

  async close(): Promise<void> {
    await this.notifier.flush();
    await this.sql.close();
  }

  private async storedAppend(streamId: string, payload: string): Promise<AppendResult | undefined> {
    try {
      const rows = await this.sql.query<AppendRow>(
        'select last_revision::text, commit_position, prepare_position::text from samsyn_stored_append($1, $2::jsonb)',
        [streamId, payload],
      );
      return rows.length > 0 ? toAppendResult(rows) : undefined;
    } catch {
      return undefined;
    }
  }
}

function toAppendResult(rows: AppendRow[]): AppendResult {
  const row = rows[0];
  if (!row) throw new Error('samsyn_append returned no row');
  return {
    nextExpectedRevision: Number(row.last_revision),
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
  };
}

function toStoreError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  const { code, detail, constraint } = asSqlError(error);
  switch (code) {
    case 'SSWEV':
      return new WrongExpectedRevisionError(streamId, expected, Number(detail ?? -1));
    case 'SSDEL':
      return new StreamDeletedError(streamId);
    case 'SSIDM':
      return new IdempotencyConflictError(detail ?? 'unknown');
    case '23505':
      return constraint === 'samsyn_events_event_id'
        ? new IdempotencyConflictError(detail ?? 'unknown')
        : new WrongExpectedRevisionError(streamId, expected, -1);
    case '22P02':
      return new InvalidAppendError(`An event id is not a UUID: ${detail ?? ''}`.trim());
    default:
      return error;
  }
}
