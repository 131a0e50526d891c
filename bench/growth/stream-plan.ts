import type { SqlClient } from '@samsyn/event-store';
import { journeyStreamId } from '@samsyn/journey-commands';

/**
 * The statement `SqlEventStore.readStream` runs for a whole stream forwards (copied from
 * libs/event-store/src/sql/sql-event-store.ts: keep them alike), explained to show how the read
 * scales with the table.
 */
const READ_STREAM_SQL = `select e.event_id::text as event_id, e.type, e.stream_id, e.stream_revision::text as stream_revision,
    e.tx_id::text as tx_id, e.seq::text as seq, e.data, e.metadata, e.recorded_at, s.deleted
  from samsyn_streams s
  left join samsyn_events e on e.stream_id = s.stream_id and e.stream_revision >= $2::bigint
  where s.stream_id = $1
  order by e.stream_revision asc
  limit $3`;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

interface ExplainRow {
  'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }];
}

/** One line: the plan's nodes, the execution time and the buffers the read touched. */
export async function explainStreamRead(sql: SqlClient, journeyId: string): Promise<string> {
  const [row] = await sql.query<ExplainRow>(`explain (analyze, buffers, format json) ${READ_STREAM_SQL}`, [
    journeyStreamId(journeyId),
    '0',
    null,
  ]);
  const explained = row?.['QUERY PLAN'][0];
  if (!explained) return 'no plan';
  const { Plan: plan } = explained;
  const buffers = `${plan['Shared Hit Blocks'] ?? 0} hit, ${plan['Shared Read Blocks'] ?? 0} read`;
  return `${describe(plan)}; ${explained['Execution Time'].toFixed(3)} ms, buffers ${buffers}`;
}

function describe(node: PlanNode): string {
  const on = node['Index Name'] ? ` using ${node['Index Name']}` : node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
  const children = node.Plans?.map(describe).join(', ');
  return `${node['Node Type']}${on}${children ? ` (${children})` : ''}`;
}
