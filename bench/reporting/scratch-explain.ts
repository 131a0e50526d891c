import 'reflect-metadata';
import { trySection } from '../projections/try-context';
import type { BenchSection } from '../section';
import { fillPopulation, planPopulation } from './population';
import { createReportAuth } from './report-auth';
import { startReportingStack } from './stack';

const s: BenchSection = {
  id: 'explain', title: 'x',
  async run(context) {
    const auth = await createReportAuth();
    const stack = await startReportingStack(context, auth);
    try {
      const shares = planPopulation("skewed", 24000, 24000, 7);
      await fillPopulation(stack.sql, stack.tables, '2026-11-23', shares, 7);
      const t = stack.tables;
      const served = `select kommun, age_band as "ageBand", gender, count(*)::int as count from (
       select (select r.kommun from ${t.residences} r where r.journey_id = p.journey_id and r.from_day <= $1 order by r.from_day desc limit 1) as kommun, p.gender,
              case when $1 < p.turns_20_on then '19' when $1 < p.turns_25_on then '20-24' else '25-29' end as age_band
         from ${t.people} p
        where p.gender is not null and p.turns_19_on <= $1 and $1 < p.turns_30_on
          and exists (select 1 from ${t.decisions} d where d.journey_id = p.journey_id
                        and d.valid_from <= $1 and $1 <= d.valid_to and (d.ended_on is null or d.ended_on > $1))
     ) people where kommun like $2 || '%'
     group by 1, 2, 3 order by 1, 2, 3`;
      const raw = `select r.kommun, case when $1 < p.turns_20_on then '19' when $1 < p.turns_25_on then '20-24' else '25-29' end as "ageBand",
            p.gender, count(*)::int as count
       from ${t.people} p
       join ${t.decisions} d on d.journey_id = p.journey_id and d.valid_from <= $1 and $1 <= d.valid_to and (d.ended_on is null or d.ended_on > $1)
       join ${t.residences} r on r.journey_id = p.journey_id and r.from_day <= $1
      where p.gender is not null and p.turns_19_on <= $1 and $1 < p.turns_30_on and r.kommun like $2 || '%'
        and not exists (select 1 from ${t.residences} later where later.journey_id = r.journey_id and later.from_day <= $1 and later.from_day > r.from_day)
      group by 1, 2, 3`;
      console.error((await stack.sql.query<{ v: string }>('select version() as v'))[0]?.v);
      console.error(JSON.stringify(await stack.sql.query('show jit')));
      for (const [name, q] of [['served', served], ['raw', raw]] as const) {
        for (let i = 0; i < 3; i++) await stack.sql.query(q, ['2026-11-23', '01']);
        const plan = await stack.sql.query<Record<string, string>>(`explain (analyze, buffers) ${q}`.replace(/\$1/g, "'2026-11-23'").replace(/\$2/g, "'01'"));
        console.error(`--- ${name}\n${plan.map((row) => Object.values(row)[0]).join('\n')}`);
      }
    } finally { await stack.close(); await auth.close(); }
    return { id: 'x', title: 'x', method: '', rows: [], seconds: 0 };
  },
};
trySection(s);
