import type { SqlClient } from '@samsyn/event-store';
import { JOURNEY_STREAM_PREFIX } from '@samsyn/projections';

const TEMPLATE = 'bench_growth_template';

/**
 * Grows the store with copies of its real events: every copy is the same encrypted rows under new
 * journey stream ids (`journey-<md5 of the original id and the copy number>`), with the original
 * revisions, new event ids, and positions from the store's own defaults (the inserting transaction's
 * id, the sequence), in the original order; each new stream gets its `samsyn_streams` row. One
 * transaction per copy; the last copy stops at the size asked for (cutting at most one stream short,
 * whose row then names its last revision). Copies written at once each have their own transaction,
 * so each copy's events still lie together in the global order.
 */
export class StoreFiller {
  private copies = 0;

  private constructor(
    private readonly sql: SqlClient,
    private readonly templateEvents: number,
    private stored: number,
  ) {}

  /** Takes the journey events stored now as the template. */
  static async prepare(sql: SqlClient): Promise<StoreFiller> {
    await sql.exec(`drop table if exists ${TEMPLATE}`);
    // CREATE TABLE AS takes no parameters: the prefix is our own constant, quoted.
    await sql.exec(
      `create table ${TEMPLATE} as
         select row_number() over (order by tx_id, seq) as ord, event_id, stream_id, stream_revision, type, data, metadata
           from samsyn_events where stream_id ^@ '${JOURNEY_STREAM_PREFIX.replaceAll("'", "''")}'`,
    );
    const [row] = await sql.query<{ template: number; stored: number }>(
      `select (select count(*)::int from ${TEMPLATE}) as template, (select count(*)::int from samsyn_events) as stored`,
    );
    if (!row || row.template === 0) throw new Error('The store holds no journey events to copy');
    return new StoreFiller(sql, row.template, row.stored);
  }

  /** Events in the store now. */
  get events(): number {
    return this.stored;
  }

  /** Copies until the store holds `target` events, `concurrency` statements at a time (each copy is one). */
  async growTo(target: number, concurrency = 1): Promise<void> {
    const copies: { copy: number; rows: number }[] = [];
    let stored = this.stored;
    while (stored < target) {
      const rows = Math.min(this.templateEvents, target - stored);
      copies.push({ copy: ++this.copies, rows });
      stored += rows;
    }
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let copy = copies[next++]; copy; copy = copies[next++]) await this.insertCopy(copy.copy, copy.rows);
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    this.stored = stored;
  }

  /** One copy in one transaction: its events, then its streams (an insert … returning feeding the second took half again as long). */
  private async insertCopy(copy: number, rows: number): Promise<void> {
    const streamId = `$3 || md5(t.stream_id || '/' || $1::int)::uuid`;
    await this.sql.transaction(async (tx) => {
      await tx.query(
        `insert into samsyn_events (event_id, stream_id, stream_revision, type, data, metadata)
         select md5(t.event_id::text || '/' || $1::int)::uuid, ${streamId}, t.stream_revision, t.type, t.data, t.metadata
           from ${TEMPLATE} t where t.ord <= $2 order by t.ord`,
        [copy, rows, JOURNEY_STREAM_PREFIX],
      );
      await tx.query(
        `insert into samsyn_streams (stream_id, revision)
         select ${streamId}, max(t.stream_revision) from ${TEMPLATE} t where t.ord <= $2 group by t.stream_id`,
        [copy, rows, JOURNEY_STREAM_PREFIX],
      );
    });
  }

  /** Drops the template table. */
  async close(): Promise<void> {
    await this.sql.exec(`drop table if exists ${TEMPLATE}`);
  }
}
