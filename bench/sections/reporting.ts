import { performance } from 'node:perf_hooks';
import type { IssueTokenInput } from '@samsyn/auth';
import { journeyEventDecoder, rebuildProjections } from '@samsyn/projections';
import { activeDecisionCells, reportingProjection } from '@samsyn/read-models';
import { countyTableReport, type ReportView } from '@samsyn/reporting';
import { openSamsynResources } from '@samsyn/runtime';
import { closer, secondsSince, timeInterleaved, type BenchRow, type BenchSection } from '../harness';
import { benchDatabase, randomMasterKey } from '../postgres';
import { requireGraphQL, startGraphQL } from '../samsyn';
import { latencyMeasure, versus } from '../stats';
import { activeIn, fillPopulation, planPopulation, rawCountyCells } from './reporting-population';
import type { KommunShare, Spread } from './reporting-population';

// Where a county-table request is answered, and in which view: through the gateway over HTTP, straight to the
// reporting subgraph over HTTP, the service's part in process (table lookup, SQL, report and view, without token,
// audit insert and GraphQL), the service's SQL alone (activeDecisionCells), and the baseline: one plain GROUP BY.
const SUBJECT_LABELS = {
  'gateway.exact': 'countyTable through the gateway, statistician (exact)',
  'gateway.public': 'countyTable through the gateway, public view (suppression by LP)',
  'subgraph.exact': 'countyTable straight to the reporting subgraph, exact',
  'subgraph.public': 'countyTable straight to the reporting subgraph, public view',
  'service.exact': 'in process: served tables + activeDecisionCells + countyTableReport, exact',
  'service.public': 'in process: served tables + activeDecisionCells + countyTableReport, public view',
  'cells-sql': 'in process: activeDecisionCells alone (the service’s SQL)',
  'raw-sql': 'plain SELECT kommun, age band, gender, count(*) … GROUP BY',
} as const;
type SubjectKey = keyof typeof SUBJECT_LABELS;

/** One interleaved measurement: these subjects (and the baseline, 'raw-sql') in turn, request by request, in a län. */
type GroupPlan = { id: string; spread: Spread; area: string; subjects: readonly SubjectKey[]; warmUp: number } & {
  samples: number;
};

const [DATE, PEOPLE, SEED] = ['2026-11-23', 24_000, 7] as const;
const NOT_MEASURED =
  " Not measured: Västra Götaland's public view with the skewed spread (in a trial one request ran for more than 9 minutes in protectTable).";
const HEADLINE: readonly SubjectKey[] = ['gateway.exact', 'gateway.public', 'raw-sql'];
const BREAKDOWN = Object.keys(SUBJECT_LABELS).filter((key) => !key.startsWith('gateway')) as SubjectKey[];
/** Statistics at Försäkringskassan (exact counts), and a caseworker in Stockholm stad (the public view). */
const READERS: Record<ReportView, IssueTokenInput> = {
  exact: { subject: 'bench-statistician', organisation: 'FK', role: 'statistician', purpose: 'statistik' },
  public: { subject: 'bench-kommun-0180', organisation: 'KOMMUN:0180', role: 'handlaggare', purpose: 'uppfoljning' },
};

const QUERY = `query County($date: String!, $area: String!) { countyTable(date: $date, area: $area) {
  date area view withheld rows { kommunkod kommun ageBand women men } kommunTotals { kommunkod kommun women men total } total { women men total } } }`;

type Table = { view: string; withheld: number; rows: readonly unknown[]; total: { total: number | null } } & {
  kommunTotals: readonly { kommunkod: string; total: number | null }[];
};

// About 0.1 s a request (a skewed län's public view several seconds): what fits in 30 s (quick) and 3 min (full).
function groupsOf(quick: boolean): GroupPlan[] {
  const uniform = { spread: 'uniform', area: '01' } as const;
  const skewed = { spread: 'skewed', area: '01' } as const;
  return [
    { ...uniform, id: 'headline', subjects: HEADLINE, warmUp: quick ? 5 : 20, samples: quick ? 60 : 350 },
    { ...uniform, id: 'breakdown', subjects: BREAKDOWN, warmUp: quick ? 2 : 3, samples: quick ? 5 : 30 },
    ...(quick ? [] : [{ ...uniform, id: 'second-area', area: '14', subjects: HEADLINE, warmUp: 3, samples: 30 }]),
    ...(quick ? [] : [{ ...skewed, id: 'skewed', subjects: HEADLINE, warmUp: 1, samples: 4 }]),
  ];
}

export const reportingSection: BenchSection = {
  id: 'reporting',
  title: 'County table from the reporting projection against a plain GROUP BY',
  async run(context) {
    // The reporting projection's served schema, created by a rebuild over the (empty) store as `npm run rebuild` would.
    const database = await benchDatabase(context, 'samsyn_bench_reporting');
    const resources = await openSamsynResources({ kind: 'postgres', url: database.url }, randomMasterKey());
    const closeResources = closer(context, () => resources.close());
    const { sql, store, keys } = resources;
    await rebuildProjections({ store, sql, decode: journeyEventDecoder(keys), projections: [reportingProjection] });
    const { samsyn, reader, tokens, close } = await startGraphQL(context, resources, [reportingProjection.name]);
    const tables = await reader.tables(reportingProjection);
    const subgraphUrl = samsyn.subgraphUrls['reporting'] ?? '';
    const rows: BenchRow[] = [];
    const populations: string[] = [];
    const groups: string[] = [];
    let shares: KommunShare[] = [];
    const plans = groupsOf(context.quick);
    for (const [index, plan] of plans.entries()) {
      if (plan.spread !== plans[index - 1]?.spread) {
        shares = planPopulation(plan.spread, PEOPLE, PEOPLE, SEED);
        context.progress(`filling the reporting tables: ${PEOPLE} + ${PEOPLE} people, ${plan.spread}`);
        const started = performance.now();
        const filled = await fillPopulation(sql, tables, DATE, shares, SEED);
        const areas = new Set(plans.filter((group) => group.spread === plan.spread).map((group) => group.area));
        const perArea = [...areas].map((area) => `län ${area}: ${activeIn(shares, area)}`);
        const sizes = shares.map((share) => share.active);
        populations.push(
          `${plan.spread}: ${filled.people} people, ${filled.residences} residences, ${filled.decisions} decisions ` +
            `(kommuner of ${Math.min(...sizes)}–${Math.max(...sizes)} people with a decision; ${perArea.join(', ')}; filled in ${secondsSince(started).toFixed(1)} s)`,
        );
      }
      const expected = activeIn(shares, plan.area);
      const inArea = shares.filter((share) => share.kommun.startsWith(plan.area));
      const perKommun = new Map(inArea.map((share) => [share.kommun, share.active]));
      // The baseline's cells equal the service's, cell for cell.
      const cellKey = (cell: { kommun: string; ageBand: string; gender: string | null; count: number }) =>
        `${cell.kommun}|${cell.ageBand}|${cell.gender}|${cell.count}`;
      const served = (await activeDecisionCells(sql, tables, DATE, plan.area)).map(cellKey).sort().join(',');
      const raw = (await rawCountyCells(sql, tables, DATE, plan.area)).map(cellKey).sort().join(',');
      if (served !== raw) throw new Error(`For ${plan.area} the plain GROUP BY and activeDecisionCells differ`);
      let publicView: { withheld: number; published: number } | undefined;
      /** Every answer checked: the view asked for, the exact total and every kommun's total equal to the people inserted. */
      const check = (key: SubjectKey, view: ReportView, table: Table): void => {
        if (table.view !== view) throw new Error(`${key}: asked for the ${view} view, got ${table.view}`);
        const wrongKommun = table.kommunTotals.find((row) => row.total !== perKommun.get(row.kommunkod));
        if ((view === 'exact' || table.total.total !== null) && table.total.total !== expected)
          throw new Error(`${key}: total ${table.total.total} for ${plan.area}, ${expected} people inserted`);
        if (wrongKommun && view === 'exact')
          throw new Error(`${key}: ${wrongKommun.kommunkod} counted ${wrongKommun.total}`);
        const published = table.rows.length * 2 + table.kommunTotals.length * 3 + 3;
        if (view === 'public') publicView = { withheld: table.withheld, published };
      };
      const counted = (key: SubjectKey, cells: readonly { count: number }[]) => {
        const total = cells.reduce((sum, cell) => sum + cell.count, 0);
        if (total !== expected) throw new Error(`${key}: ${total} for ${plan.area}, ${expected} people inserted`);
      };
      const call = async (key: SubjectKey): Promise<void> => {
        const view: ReportView = key.endsWith('.public') ? 'public' : 'exact';
        const variables = { date: DATE, area: plan.area };
        const url = key.startsWith('gateway') ? samsyn.gatewayUrl : subgraphUrl;
        if (key.startsWith('gateway') || key.startsWith('subgraph')) {
          const token = await tokens.token(READERS[view]);
          const answer = await requireGraphQL<{ countyTable: Table }>('county', url, token, QUERY, variables);
          check(key, view, answer.countyTable);
        } else if (key.startsWith('service')) {
          // ReportingService.countyTable less the token check, the audit insert and GraphQL.
          const cells = await activeDecisionCells(sql, await reader.tables(reportingProjection), DATE, plan.area);
          check(key, view, countyTableReport(cells, { ...variables, view }));
        } else if (key === 'cells-sql') counted(key, await activeDecisionCells(sql, tables, DATE, plan.area));
        else counted(key, await rawCountyCells(sql, tables, DATE, plan.area));
      };
      const group = `${plan.id} (${plan.spread}, län ${plan.area}): ${plan.warmUp} unmeasured + ${plan.samples} rounds of ${plan.subjects.join(', ')}`;
      context.progress(group);
      const started = performance.now();
      const latencies = await timeInterleaved(plan.subjects, plan, call);
      groups.push(`${group} (${secondsSince(started).toFixed(0)} s)`);
      const where = `län ${plan.area} (${perKommun.size} kommuner, ${expected} people), ${plan.spread}`;
      const measure = (label: string, key: SubjectKey, p: 'p50' | 'p99') =>
        latencyMeasure(label, latencies.get(key) ?? [], p);
      // p50 of each subject against the baseline, and for the headline pair p99 as well.
      for (const key of plan.subjects.filter((subject) => subject !== 'raw-sql'))
        for (const p of plan.id === 'headline' ? (['p50', 'p99'] as const) : (['p50'] as const)) {
          const subject = measure(`${SUBJECT_LABELS[key]} ${p}, ${where}`, key, p);
          const baseline = measure(`${SUBJECT_LABELS['raw-sql']} ${p}, same rows, same pool`, 'raw-sql', p);
          const { withheld, published } = (key.endsWith('.public') && publicView) || {};
          const note = withheld === undefined ? '' : `public view withholds ${withheld} of the ${published} numbers`;
          rows.push(versus(`reporting.${plan.id}.${key}.${p}`, subject, baseline, note ? { note } : {}));
        }
    }
    await close();
    await closeResources();
    await database.drop();
    return {
      method: [
        `PostgreSQL (${database.origin}); the reporting projection's served tables (created by rebuildProjections over an empty store) filled by SQL (insert … select …`,
        `generate_series, seeded random(), then ANALYZE) with ${PEOPLE} people aged 19–29 with a decision in force on ${DATE} over all 290 kommuner and ${PEOPLE} without`,
        `(half a decision that ran out, a quarter one ended early, a quarter none; 10 % moved kommun before the day, 5 % after it). Spreads: uniform (every kommun alike)`,
        `and skewed (kommun sizes log-normal, σ = 1, seed ${SEED}, in SCB order): ${populations.join('; ')}. Every subgraph and the gateway in this process (no`,
        `projection runner); countyTable(date, area) over HTTP with every field, one request at a time, with a statistician token (exact) or a caseworker token of`,
        `KOMMUN:0180 (public view, small cells withheld by linear programming); each read audited as always. Baseline: one plain SELECT kommun, age band, gender,`,
        `count(*) … GROUP BY joining people, decisions in force and the residence held on the day, through the same pg pool, interleaved request by request with the`,
        `subjects. Every exact answer checked against the people inserted (län and kommun totals), the baseline's cells against activeDecisionCells'. Groups:`,
        `${groups.join('; ')}.${context.quick ? '' : NOT_MEASURED}`,
      ].join(' '),
      rows,
    };
  },
};
