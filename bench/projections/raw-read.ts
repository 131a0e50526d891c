import { performance } from 'node:perf_hooks';
import type { SqlClient } from '@samsyn/event-store';

export interface ReadRound {
  readonly events: number;
  readonly seconds: number;
}

/**
 * The baseline: the same rows read with plain SQL in the store's global order (its primary key),
 * keyset-paged with the page size the rebuild's subscription uses, every column, the JSON of `data`
 * and `metadata` decoded by the driver. Nothing else: no snapshot filter, no stream filter, no
 * mapping to events, no decryption.
 */
const PAGE_SQL = `select * from samsyn_events
  where (tx_id, seq) > ($1::text::xid8, $2::bigint)
  order by tx_id, seq
  limit $3`;

interface PageRow {
  tx_id: unknown;
  seq: unknown;
}

/** `passes` full reads of the events one after the other, timed together. */
export async function rawReadRound(sql: SqlClient, passes: number, pageSize: number): Promise<ReadRound> {
  const started = performance.now();
  let events = 0;
  for (let pass = 0; pass < passes; pass += 1) events += await readAllOnce(sql, pageSize);
  return { events, seconds: (performance.now() - started) / 1_000 };
}

async function readAllOnce(sql: SqlClient, pageSize: number): Promise<number> {
  let after = { txId: '0', seq: '0' };
  let events = 0;
  for (;;) {
    const page = await sql.query<PageRow>(PAGE_SQL, [after.txId, after.seq, pageSize]);
    events += page.length;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return events;
    after = { txId: String(last.tx_id), seq: String(last.seq) };
  }
}
