import { readStreamSql, type SqlClient } from '@samsyn/event-store';
import { journeyStreamId } from '@samsyn/journey-commands';

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

/** The store's whole-stream read (SqlEventStore.readStream) explained, in one line: the plan's nodes, the execution time and the buffers the read touched. */
export async function explainStreamRead(sql: SqlClient, journeyId: string): Promise<string> {
  const [row] = await sql.query<ExplainRow>(`explain (analyze, buffers, format json) ${readStreamSql('forwards')}`, [
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
  const on = node['Index Name']
    ? ` using ${node['Index Name']}`
    : node['Relation Name']
      ? ` on ${node['Relation Name']}`
      : '';
  const children = node.Plans?.map(describe).join(', ');
  return `${node['Node Type']}${on}${children ? ` (${children})` : ''}`;
}
