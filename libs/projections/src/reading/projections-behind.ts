import type { Position, SqlTransaction } from '@samsyn/event-store';
import { JOURNEY_STREAM_PREFIX } from '../decoding/journey-event-decoder';

/**
 * The projections among `names` whose served version has not applied every journey event up to
 * `position` (or that are not set up). A position past the last journey event, such as one of
 * another stream, counts as reached once the journey events before it are applied.
 */
export async function projectionsBehind(
  sql: SqlTransaction,
  names: readonly string[],
  position: Position,
): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `select wanted.name from unnest($1::text[]) as wanted(name)
       left join samsyn_projections p on p.name = wanted.name
      where p.name is null or exists (
        select 1 from samsyn_events e
         where (e.tx_id, e.seq) > (p.checkpoint_tx, p.checkpoint_seq)
           and (e.tx_id, e.seq) <= ($2::text::xid8, $3::bigint)
           and e.stream_id ^@ $4)`,
    [names, position.commit.toString(), position.prepare.toString(), JOURNEY_STREAM_PREFIX],
  );
  return rows.map((row) => row.name);
}
