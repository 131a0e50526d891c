import { KOMMUNER } from '@samsyn/domain';
import type { SqlClient } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';
import type { ReportingTable } from '@samsyn/read-models';

export type Spread = 'uniform' | 'skewed';

export type KommunShare = { kommun: string; active: number; inactive: number };
type Tables = ProjectionTables<ReportingTable>;
type Shares = readonly KommunShare[];

// Every kommun's share. Uniform: the same (±1). Skewed: sizes drawn once from a log-normal (σ = 1, seeded), in SCB
// order, so that a few kommuner are large and many small; rounded by largest remainder so that the totals are exact.
export function planPopulation(spread: Spread, active: number, inactive: number, seed: number): KommunShare[] {
  const random = mulberry32(seed);
  const weights = KOMMUNER.map(() => (spread === 'uniform' ? 1 : Math.exp(normal(random))));
  const [actives, inactives] = [apportion(weights, active), apportion(weights, inactive)];
  return KOMMUNER.map(([kommun], index) => ({ kommun, active: actives[index] ?? 0, inactive: inactives[index] ?? 0 }));
}

export function activeIn(shares: readonly KommunShare[], area: string): number {
  return shares.filter((share) => share.kommun.startsWith(area)).reduce((sum, share) => sum + share.active, 0);
}

// Fills the reporting tables with the people of `shares` by SQL (seeded random(), one transaction), then ANALYZE. On
// `date` the active are 19–29 with a decision in force; the inactive 19–34 with one run out, ended early, or none.
export async function fillPopulation(sql: SqlClient, t: Tables, date: string, shares: Shares, seed: number) {
  const rows = await sql.transaction(async (tx) => {
    await tx.query(`truncate ${t.people}, ${t.residences}, ${t.decisions}`);
    await tx.query('select setseed($1)', [(seed % 1000) / 1000]);
    await tx.query(
      `create temp table bench_folk on commit drop as
       select md5('samsyn-bench-reporting-' || n)::uuid as journey_id, n, kommun, active,
              case when random() < 0.5 then 'woman' else 'man' end as gender,
              (d - interval '19 years')::date
                - floor(random() * ((d - interval '19 years')::date - (d - interval '30 years')::date + case when active then 0 else 1826 end))::int as birth,
              random() as r1, random() as r2, random() as r3, random() as r4, random() as r5
         from (select row_number() over (order by k.ordinality, s.active desc, s.i) as n, k.kommun, s.active, $1::date as d
                 from unnest($2::text[], $3::int[], $4::int[]) with ordinality as k(kommun, active_n, inactive_n, ordinality)
                 cross join lateral (select true as active, i from generate_series(1, k.active_n) i
                                     union all select false, i from generate_series(1, k.inactive_n) i) s) plan`,
      [date, ...(['kommun', 'active', 'inactive'] as const).map((key) => shares.map((share) => share[key]))],
    );
    // Opened between 18½ and about three years before the day (not after it).
    await tx.query('alter table bench_folk add column opened date');
    await tx.query(
      `update bench_folk set opened = greatest(birth + interval '18 years 6 months', $1::date - 1460 + floor(r1 * 300)::int)::date`,
      [date],
    );
    const day = (expression: string) => `to_char(${expression}, 'YYYY-MM-DD')`;
    await tx.query(
      `insert into ${t.people} (journey_id, gender, opened_on, turns_19_on, turns_20_on, turns_25_on, turns_30_on)
       select journey_id, gender, ${day('opened')}, ${day("birth + interval '19 years'")}, ${day("birth + interval '20 years'")},
              ${day("birth + interval '25 years'")}, ${day("birth + interval '30 years'")}
         from bench_folk`,
    );
    // Where each lives on the day; 10 % moved there from another kommun before it, 5 % move to another after it.
    await tx.query(
      `insert into ${t.residences} (journey_id, from_day, kommun)
       select journey_id, ${day('opened')}, case when r4 < 0.10 then ($2::text[])[1 + (n % cardinality($2::text[]))::int] else kommun end from bench_folk
       union all
       select journey_id, ${day('opened + floor(($1::date - opened) * r5)::int + 1')}, kommun from bench_folk where r4 < 0.10
       union all
       select journey_id, ${day('$1::date + 1 + floor(r5 * 200)::int')}, ($2::text[])[1 + ((n + 7) % cardinality($2::text[]))::int] from bench_folk where r4 >= 0.95`,
      [date, KOMMUNER.map(([code]) => code)],
    );
    // Active: one decision in force (from up to two years before the day to up to two years after), 10 % of
    // them ended after the day, 30 % with a former one that ran out. Inactive: 50 % ran out before the day,
    // 25 % were ended early (on or before the day), 25 % have none.
    await tx.query(
      `insert into ${t.decisions} (journey_id, decision_id, valid_from, valid_to, ended_on, end_reason, moved_on)
       with current as (
         select journey_id, opened, r2, r5, greatest(opened, $1::date - floor(r2 * 730)::int) as valid_from, $1::date + floor(r3 * 730)::int as valid_to
           from bench_folk where active),
       past as (
         select journey_id, opened, r3, r5, $1::date - 1 - floor(r2 * 700)::int as ran_out, greatest(opened, $1::date - 30 - floor(r2 * 600)::int) as started
           from bench_folk where not active)
       select *, false from (
       select journey_id, 'current', ${day('valid_from')}, ${day('valid_to')},
              case when r5 < 0.10 and valid_to > $1::date then ${day('$1::date + 1 + floor(r5 * 10 * (valid_to - $1::date))::int')} end,
              case when r5 < 0.10 and valid_to > $1::date then 'work' end
         from current
       union all
       select journey_id, 'former', ${day('valid_from - 366')}, ${day('valid_from - 1')}, null, null from current where r2 > 0.7 and valid_from - 366 >= opened
       union all
       select journey_id, 'ran-out', ${day('greatest(opened, ran_out - 365)')}, ${day('ran_out')}, null, null from past where r3 < 0.50 and ran_out >= opened
       union all
       select journey_id, 'ended-early', ${day('started')}, ${day('$1::date + 10 + floor(r5 * 500)::int')},
              ${day('started + floor(r5 * ($1::date - started))::int')}, 'stopped'
         from past where r3 >= 0.50 and r3 < 0.75) decided`,
      [date],
    );
    const counted = await tx.query<{ people: number; residences: number; decisions: number }>(
      `select (select count(*)::int from ${t.people}) as people, (select count(*)::int from ${t.residences}) as residences,
              (select count(*)::int from ${t.decisions}) as decisions`,
    );
    return counted[0] ?? { people: 0, residences: 0, decisions: 0 };
  });
  for (const table of [t.people, t.residences, t.decisions]) await sql.query(`analyze ${table}`);
  return rows;
}

function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (weight / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (left-- <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

// The same question in its plainest SQL: people joined to a decision in force on the day and to the
// residence they had then (the latest from that day or before), aged 19–29 that day, counted per
// kommun × age band × gender with one GROUP BY.
export function rawCountyCells(sql: SqlClient, t: Tables, date: string, area: string) {
  return sql.query<{ kommun: string; ageBand: string; gender: string; count: number }>(
    `select r.kommun, case when $1 < p.turns_20_on then '19' when $1 < p.turns_25_on then '20-24' else '25-29' end as "ageBand",
            p.gender, count(*)::int as count
       from ${t.people} p
       join ${t.decisions} d on d.journey_id = p.journey_id and d.valid_from <= $1 and $1 <= d.valid_to and (d.ended_on is null or d.ended_on > $1)
       join ${t.residences} r on r.journey_id = p.journey_id and r.from_day <= $1
      where p.gender is not null and p.turns_19_on <= $1 and $1 < p.turns_30_on and r.kommun like $2 || '%'
        and not exists (select 1 from ${t.residences} later where later.journey_id = r.journey_id and later.from_day <= $1 and later.from_day > r.from_day)
      group by 1, 2, 3`,
    [date, area],
  );
}
