import { loadDemoData } from '@samsyn/demo-data';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { crossTable, feasibleRanges } from '@samsyn/reporting';
import { waitForReadModels } from '../apps/samsyn/src/wait-for-read-models';
import { seedCountyTable } from './support/county-csv';
import { startSamsynStack, type Actor, type SamsynStack } from './support/samsyn-stack';

const TODAY = '2026-11-23';
const STATISTICIAN: Actor = { organisation: 'FK', role: 'statistician' };
const REPORTING: Actor = { organisation: 'KOMMUN:1880', role: 'handlaggare' };

interface CountyTableAnswer {
  countyTable: {
    view: string;
    withheld: number;
    rows: { kommunkod: string; kommun: string; ageBand: string; women: number | null; men: number | null }[];
    kommunTotals: { kommunkod: string; women: number | null; men: number | null; total: number | null }[];
    total: { women: number | null; men: number | null; total: number | null };
  };
}

const COUNTY_TABLE = `query County($date: String!) { countyTable(date: $date, area: "18") {
  view withheld rows { kommunkod kommun ageBand women men } kommunTotals { kommunkod women men total } total { women men total } } }`;

/** Reports over the demo population (Örebro county) through the gateway and as files from the reporting subgraph. */
describe('reporting', () => {
  let stack: SamsynStack;

  beforeAll(async () => {
    stack = await startSamsynStack('PostgreSQL', { now: `${TODAY}T12:00:00+01:00` });
    await loadDemoData(stack.resources, { seed: 2023, today: TODAY });
    await waitForReadModels(stack.runner, READ_MODEL_PROJECTIONS, () => undefined);
  }, 300_000); // the demo population through every projection: 105 s with one Jest worker here, today
  afterAll(() => stack.close());

  const county = async (actor: Actor) => {
    const answer = await stack.as<CountyTableAnswer>(actor, COUNTY_TABLE, { date: TODAY });
    expect(answer.errors).toBeUndefined();
    return answer.data!.countyTable;
  };

  it('reproduces seed 000’s county table cell for cell for a statistician', async () => {
    const table = await county(STATISTICIAN);
    expect(table.view).toBe('exact');
    const seed = seedCountyTable();
    expect(
      table.rows.map(({ kommunkod, kommun, ageBand, women, men }) => ({ kommunkod, kommun, ageBand, women, men })),
    ).toEqual(seed);
    expect(table.total).toEqual({
      women: seed.reduce((sum, row) => sum + row.women, 0),
      men: seed.reduce((sum, row) => sum + row.men, 0),
      total: 943,
    });
  });

  it('withholds every count under 5 in the public view, and enough others that none can be worked out from the totals', async () => {
    const exact = await county(STATISTICIAN);
    const open = await county(REPORTING);
    expect(open.view).toBe('public');
    const truth = crossTable(
      exact.rows.flatMap((row) => [
        { coordinates: [row.kommunkod, row.ageBand, 'woman'], count: row.women! },
        { coordinates: [row.kommunkod, row.ageBand, 'man'], count: row.men! },
      ]),
      [[1], [1, 2], [0, 1], [0, 1, 2]],
    );
    const published = new Map<string, number | null>([
      ...open.rows.flatMap(
        (row) =>
          [
            [`${row.kommunkod}|${row.ageBand}|woman`, row.women],
            [`${row.kommunkod}|${row.ageBand}|man`, row.men],
          ] as const,
      ),
      ...open.kommunTotals.flatMap(
        (row) =>
          [
            [`${row.kommunkod}|*|woman`, row.women],
            [`${row.kommunkod}|*|man`, row.men],
            [`${row.kommunkod}|*|*`, row.total],
          ] as const,
      ),
      ['*|*|woman', open.total.women],
      ['*|*|man', open.total.men],
      ['*|*|*', open.total.total],
    ]);
    const exactValues = new Map<string, number>([
      ...exact.rows.flatMap(
        (row) =>
          [
            [`${row.kommunkod}|${row.ageBand}|woman`, row.women!],
            [`${row.kommunkod}|${row.ageBand}|man`, row.men!],
          ] as const,
      ),
      ...exact.kommunTotals.flatMap(
        (row) =>
          [
            [`${row.kommunkod}|*|woman`, row.women!],
            [`${row.kommunkod}|*|man`, row.men!],
            [`${row.kommunkod}|*|*`, row.total!],
          ] as const,
      ),
      ['*|*|woman', exact.total.women!],
      ['*|*|man', exact.total.men!],
      ['*|*|*', exact.total.total!],
    ]);
    const withheld = new Set([...published].filter(([, value]) => value === null).map(([key]) => key));
    for (const [key, value] of exactValues) {
      if (value < 5) expect({ key, published: published.get(key) }).toEqual({ key, published: null });
      else if (!withheld.has(key)) expect({ key, published: published.get(key) }).toEqual({ key, published: value });
    }
    expect(withheld.size).toBe(open.withheld);
    expect(withheld.size).toBeGreaterThan(0);
    const ranges = feasibleRanges(truth, withheld, { integers: true });
    expect([...ranges].filter(([, range]) => range.max - range.min < 1).map(([key]) => key)).toEqual([]);
  });

  it('serves the county table as CSV and SVG with the same token, view and audit', async () => {
    const base = stack.subgraphUrls['reporting']!.replace(/\/graphql$/, '');
    const download = async (actor: Actor | undefined, path: string) =>
      fetch(`${base}${path}`, { headers: actor ? { authorization: `Bearer ${await stack.tokenFor(actor)}` } : {} });
    const reportRows = async () =>
      Number(
        (
          await stack.resources.sql.query<{ n: string }>(
            `select count(*) as n from samsyn_audit where journey_id is null and action = 'Query.countyTable'`,
          )
        )[0]!.n,
      );
    const before = await reportRows();

    const exact = await download(STATISTICIAN, `/reports/county-table.csv?date=${TODAY}&area=18`);
    expect(exact.status).toBe(200);
    expect(exact.headers.get('content-type')).toContain('text/csv');
    const lines = (await exact.text()).trim().split('\n');
    expect(lines[0]).toBe('kommunkod,kommun,age_band,women,men,total');
    const cellLines = lines
      .slice(1)
      .filter((line) => !line.includes('Summa'))
      .map((line) => line.split(',').slice(0, 5).join(','));
    expect(cellLines).toEqual(
      seedCountyTable().map((row) => [row.kommunkod, row.kommun, row.ageBand, row.women, row.men].join(',')),
    );

    const open = await download(REPORTING, `/reports/county-table.csv?date=${TODAY}&area=18`);
    expect(await open.text()).toContain('..');
    const svg = await download(REPORTING, `/reports/county-table.svg?date=${TODAY}&area=18`);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    const picture = await svg.text();
    expect(picture).toMatch(/^<svg /);
    expect(picture).toContain('Örebro');
    expect(picture).toContain('withheld');

    expect((await download(undefined, `/reports/county-table.csv?date=${TODAY}`)).status).toBe(401);
    const bad = await download(STATISTICIAN, `/reports/county-table.csv?date=yesterday`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'date' } });
    expect(await reportRows()).toBe(before + 3);
  });

  it('gives avslag and lotsning outcomes, moving on after a benefit, contact continuity and time in insatser', async () => {
    const answer = await stack.as<{
      lotsningOutcomes: { total: { avslag: number; shareAccepted: number; shareReachingOmstallningsmote: number } };
      benefitEndings: { total: { ended: number; shareMovedOn: number } };
      contactContinuity: { total: { changes: number; changesPerPersonYear: number; shareTold: number } };
      insatsDurations: {
        rows: { insatsType: string; ended: number; medianDays: number; p90Days: number; cutByBenefitEnd: number }[];
      };
    }>(
      STATISTICIAN,
      `query Reports($from: String!, $to: String!) {
        lotsningOutcomes(from: $from, to: $to, area: "18") { total { avslag shareAccepted shareReachingOmstallningsmote } }
        benefitEndings(from: $from, to: $to, area: "18") { total { ended shareMovedOn } }
        contactContinuity(from: $from, to: $to, area: "18") { total { changes changesPerPersonYear shareTold } }
        insatsDurations(from: $from, to: $to, area: "18") { rows { insatsType ended medianDays p90Days cutByBenefitEnd } }
      }`,
      { from: '2022-11-23', to: TODAY },
    );
    expect(answer.errors).toBeUndefined();
    const { lotsningOutcomes, benefitEndings, contactContinuity, insatsDurations } = answer.data!;
    process.stdout.write(`reports over the demo population: ${JSON.stringify(answer.data)}\n`);
    expect(lotsningOutcomes.total.avslag).toBeGreaterThan(50);
    expect(lotsningOutcomes.total.shareAccepted).toBeGreaterThan(0.3);
    expect(lotsningOutcomes.total.shareAccepted).toBeLessThan(0.7);
    expect(lotsningOutcomes.total.shareReachingOmstallningsmote).toBeLessThan(0.09);
    expect(benefitEndings.total.ended).toBeGreaterThan(20);
    expect(benefitEndings.total.shareMovedOn).toBeGreaterThan(0.08);
    expect(benefitEndings.total.shareMovedOn).toBeLessThan(0.3);
    expect(contactContinuity.total.changes).toBeGreaterThan(0);
    expect(contactContinuity.total.changesPerPersonYear).toBeGreaterThan(0);
    expect(insatsDurations.rows.length).toBeGreaterThan(0);
    for (const row of insatsDurations.rows) expect(row.p90Days).toBeGreaterThanOrEqual(row.medianDays);
  });

  it('refuses a person, and records each report read without naming anyone', async () => {
    const refused = await stack.as(
      { organisation: 'PERSON', role: 'person', journeyId: '00000000-0000-4000-8000-000000000000' },
      COUNTY_TABLE,
      { date: TODAY },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rows = await stack.resources.sql.query<{ journey_id: string | null; role: string; reason: string }>(
      `select journey_id, role, reason from samsyn_audit where action = 'Query.countyTable' order by id`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((row) => row.journey_id === null)).toBe(true);
    expect(rows.map((row) => row.reason)).toContain(`exact counts: date ${TODAY}, area 18`);
    expect(rows.map((row) => row.reason)).toContain(`public view: date ${TODAY}, area 18`);
  });
});
