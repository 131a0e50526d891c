import type { Position, SqlTransaction } from '@samsyn/event-store';
import { JOURNEY_STREAM_PREFIX } from '../decoding/journey-event-decoder';

/**
 * The projections among `names` whose served version has not applied every journey event up to
 * `position` (or that are not set up). A position past the last journey event, such as one of
 * another stream, counts as reached once the journey events before it are applied.
 *
 * The last journey event at or before `position` is found by one backward scan of the global order's
 * index (it stops at the first journey event); each projection is behind when its checkpoint is before
 * that event. Asking per projection whether any event lies between its checkpoint and `position` let
 * the planner scan the whole table once per projection (11 ms on 9,000 events, 150 ms on 36,000): every
 * read-your-writes wait and the read-model lag paid it.
 */
export async function projectionsBehind(
  sql: SqlTransaction,
  names: readonly string[],
  position: Position,
): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `with last_event as (
       select e.tx_id, e.seq from samsyn_events e
        where (e.tx_id, e.seq) <= ($2::text::xid8, $3::bigint) and e.stream_id ^@ $4
        order by e.tx_id desc, e.seq desc
        limit 1)
     select wanted.name from unnest($1::text[]) as wanted(name)
       left join samsyn_projections p on p.name = wanted.name
      where p.name is null
         or exists (select 1 from last_event l where (l.tx_id, l.seq) > (p.checkpoint_tx, p.checkpoint_seq))`,
    [names, position.commit.toString(), position.prepare.toString(), JOURNEY_STREAM_PREFIX],
  );
  return rows.map((row) => row.name);
}
