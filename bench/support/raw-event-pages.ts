import type { SqlClient } from '@samsyn/event-store';

/**
 * A plain paged read of the store's own table in its global order (the primary key): keyset paging
 * like `readAll`, without its snapshot filter, optional filters, row mapping or decryption; the JSON of
 * `data` and `metadata` decoded by the driver. (Paging by `seq` alone would scan and sort the table for
 * every page: no index leads with it.)
 */
const RAW_PAGE_SQL = `select * from samsyn_events
  where (tx_id, seq) > ($1::text::xid8, $2::bigint)
  order by tx_id, seq
  limit $3`;

interface RawRow {
  tx_id: unknown;
  seq: unknown;
}

type PageQuery = () => Promise<RawRow[]>;

/** Reads every event once, page by page; `page` may wrap each page's query (to time it). Returns the events read. */
export async function readRawPages(
  sql: SqlClient,
  pageSize: number,
  page: (query: PageQuery) => Promise<RawRow[]> = (query) => query(),
): Promise<number> {
  let after = { txId: '0', seq: '0' };
  let events = 0;
  for (;;) {
    const rows = await page(() => sql.query<RawRow>(RAW_PAGE_SQL, [after.txId, after.seq, pageSize]));
    events += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return events;
    after = { txId: String(last.tx_id), seq: String(last.seq) };
  }
}
