import type { SqlClient } from '../../libs/event-store/src';
import type { Recorder } from './measure';
import type { Side } from './side';
import type { AppendPlan } from './workload';
import { readRawPages } from '../support/raw-event-pages';

export const RAW_TABLE = 'bench_raw_events';

/**
 * The columns, defaults, keys and unique constraints of `samsyn_events`, under another name: derived
 * from the store's own table, so the two stay equivalent (the seq default shares its sequence).
 */
const RAW_TABLE_SQL = `
drop table if exists ${RAW_TABLE};
create table ${RAW_TABLE} (like samsyn_events including all);`;

const COLUMNS = ['event_id', 'stream_id', 'stream_revision', 'type', 'data', 'metadata'] as const;
const CASTS = ['uuid', 'text', 'bigint', 'text', 'jsonb', 'jsonb'] as const;

export async function createRawTable(sql: SqlClient): Promise<void> {
  await sql.exec(RAW_TABLE_SQL);
}

/** The raw side: autocommitted parameterised INSERTs (one row, or one multi-row statement) and plain keyset pages. */
export function rawSide(sql: SqlClient): Side {
  return {
    name: 'raw',
    append: (plan) => rawInsert(sql, plan),
    readAllPaged: (recorder, pageSize) => rawReadAll(sql, recorder, pageSize),
  };
}

async function rawInsert(sql: SqlClient, plan: AppendPlan): Promise<number> {
  const params = plan.events.flatMap((event, offset) => [
    event.id,
    plan.streamId,
    plan.revisionBefore + 1 + offset,
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
  ]);
  await sql.query(insertSql(plan.events.length), params);
  return plan.events.length;
}

const insertSqlByRows = new Map<number, string>();

/** `insert ... values ($1, ..., $6), ($7, ...)` for `rows` rows, made once per row count. */
function insertSql(rows: number): string {
  let text = insertSqlByRows.get(rows);
  if (text === undefined) {
    const tuples = Array.from({ length: rows }, (_, row) => {
      const placeholders = CASTS.map((cast, column) => `$${row * COLUMNS.length + column + 1}::${cast}`);
      return `(${placeholders.join(', ')})`;
    });
    text = `insert into ${RAW_TABLE} (${COLUMNS.join(', ')}) values ${tuples.join(', ')}`;
    insertSqlByRows.set(rows, text);
  }
  return text;
}

async function rawReadAll(sql: SqlClient, recorder: Recorder, pageSize: number): Promise<void> {
  await readRawPages(sql, pageSize, (query) => recorder.timed(query, (rows) => rows.length));
}
