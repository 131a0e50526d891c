import type { Position, SqlTransaction } from '@samsyn/event-store';
import { JOURNEY_STREAM_PREFIX } from '../decoding/journey-event-decoder';

/** Journey events stored after `checkpoint`, counted up to `limit` when given (an index range scan either way). */
export async function journeyEventsAfter(sql: SqlTransaction, checkpoint: Position, limit?: number): Promise<number> {
  const [row] = await sql.query<{ behind: number }>(
    `select count(*)::int as behind from (
       select 1 from samsyn_events e
        where (e.tx_id, e.seq) > ($1::text::xid8, $2::bigint) and e.stream_id ^@ $3
        limit $4) behind`,
    [checkpoint.commit.toString(), checkpoint.prepare.toString(), JOURNEY_STREAM_PREFIX, limit ?? null],
  );
  return row?.behind ?? 0;
}
