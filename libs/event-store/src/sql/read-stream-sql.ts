import { EVENT_COLUMNS } from './event-rows';

/**
 * The statement that reads one stream from a revision on ($1 stream id, $2 revision, $3 limit or null),
 * with the stream's tombstone; one text for the store and for whoever explains its plan.
 */
export function readStreamSql(direction: 'forwards' | 'backwards'): string {
  const backwards = direction === 'backwards';
  return `select ${EVENT_COLUMNS}, s.deleted
         from samsyn_streams s
         left join samsyn_events e on e.stream_id = s.stream_id
          and e.stream_revision ${backwards ? '<=' : '>='} $2::bigint
        where s.stream_id = $1
        order by e.stream_revision ${backwards ? 'desc' : 'asc'}
        limit $3`;
}
