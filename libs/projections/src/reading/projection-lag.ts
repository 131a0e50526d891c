import type { Position, SqlTransaction } from '@samsyn/event-store';
import { JOURNEY_STREAM_PREFIX } from '../decoding/journey-event-decoder';
import { ProjectionNotFoundError } from '../projection-errors';

/** How far the version readers are served is behind the journey events. */
export interface ProjectionLag {
  readonly projection: string;
  readonly version: number;
  readonly checkpoint: Position;
  readonly eventsBehind: number;
  /** Age of the oldest journey event not applied yet; 0 when caught up. */
  readonly secondsBehind: number;
}

interface LagRow {
  version: number;
  checkpoint_tx: string;
  checkpoint_seq: string;
  events: number;
  seconds: number;
}

/** One query over the events after the checkpoint, by the events' primary key: as cheap as the lag is small. */
export async function readLag(sql: SqlTransaction, projection: string): Promise<ProjectionLag> {
  const [row] = await sql.query<LagRow>(
    `select p.version, p.checkpoint_tx::text as checkpoint_tx, p.checkpoint_seq::text as checkpoint_seq,
            behind.events::int as events,
            greatest(0, coalesce(extract(epoch from now() - behind.oldest), 0))::float8 as seconds
       from samsyn_projections p
       cross join lateral (
         select count(*) as events, min(e.recorded_at) as oldest from samsyn_events e
          where (e.tx_id, e.seq) > (p.checkpoint_tx, p.checkpoint_seq) and e.stream_id ^@ $2) behind
      where p.name = $1`,
    [projection, JOURNEY_STREAM_PREFIX],
  );
  if (!row) throw new ProjectionNotFoundError(projection);
  return {
    projection,
    version: row.version,
    checkpoint: { commit: BigInt(row.checkpoint_tx), prepare: BigInt(row.checkpoint_seq) },
    eventsBehind: row.events,
    secondsBehind: row.seconds,
  };
}
