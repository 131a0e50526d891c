import { PgliteClient } from '@samsyn/event-store';
import {
  fkBenefitProjection,
  involvementProjection,
  participantsOf,
  READ_MODEL_PROJECTIONS,
  reportingProjection,
  turningThirtyWithin,
} from '../src';
import { command, journeyAfterAvslag, PERSONNUMMER } from '../../journey-commands/test/journey-commands.fixtures';
import { project, readAfterKeyErased, recordInMemory } from './read-model-kit';

/** Born 2003-08-20 (PERSONNUMMER): the birth date and the days computed from it. */
const BIRTH_DERIVED = ['2003-08-20', '2022-08-20', '2023-08-20', '2028-08-20', '2033-08-20'];

/** The avslag journey of seed 004, then its erasure by a privacy officer of a kommun that takes no part in it. */
function erasedJourney() {
  return recordInMemory([
    command('OpenJourney', { personnummer: PERSONNUMMER, homeKommun: '1880' }, 'FK', '2023-01-10T09:00:00+01:00'),
    ...journeyAfterAvslag(),
    command('ErasePersonalData', {}, 'KOMMUN:1814', '2023-04-01T10:00:00+02:00'),
  ]);
}

async function rowsOf(sql: PgliteClient, schema: string): Promise<string[]> {
  const tables = await sql.query<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = $1 order by 1`,
    [schema],
  );
  const rows = await Promise.all(
    tables.map(({ name }) =>
      sql.query<{ row: string }>(`select '${name}: ' || t::text as row from "${schema}"."${name}" t order by 1`),
    ),
  );
  return rows.flat().map(({ row }) => row);
}

describe('read models after an erasure (PGlite)', () => {
  let live: PgliteClient;
  let rebuilt: PgliteClient;
  const journey = erasedJourney();

  beforeAll(async () => {
    [live, rebuilt] = await Promise.all([PgliteClient.open(), PgliteClient.open()]);
  });
  afterAll(() => Promise.all([live.close(), rebuilt.close()]));

  it('records PersonalDataErased last, carrying nothing', () => {
    expect(journey.events.at(-1)!.event).toEqual({ type: 'PersonalDataErased', data: {} });
  });

  it('FK: the person no longer has a turns-30 day and drops out of the turning-30 list', async () => {
    const before = await project(live, fkBenefitProjection, journey.events.slice(0, -1));
    expect((await turningThirtyWithin(live, before, '2033-01-01', 1)).map((row) => row.turns30On)).toEqual([
      '2033-08-20',
    ]);
    const t = await project(live, fkBenefitProjection, journey.events.slice(-1));
    expect(
      await live.query(`select home_kommun, turns_30_on from ${t.persons} where journey_id = $1`, [journey.journeyId]),
    ).toEqual([{ home_kommun: '1880', turns_30_on: null }]);
    expect(await turningThirtyWithin(live, t, '2033-01-01', 1)).toEqual([]);
  });

  it('reporting: the person’s row keeps the journey’s facts but no gender and no day computed from the birth date', async () => {
    const t = await project(live, reportingProjection, journey.events);
    expect(await live.query(`select * from ${t.people} where journey_id = $1`, [journey.journeyId])).toEqual([
      {
        journey_id: journey.journeyId,
        gender: null,
        opened_on: '2023-01-10',
        turns_19_on: null,
        turns_20_on: null,
        turns_25_on: null,
        turns_30_on: null,
        work_or_studies_on: null,
      },
    ]);
    expect(
      await live.query(`select count(*)::int as n from ${t.avslag} where journey_id = $1`, [journey.journeyId]),
    ).toEqual([{ n: 1 }]);
  });

  it('involvement: the privacy officer’s kommun does not become a participant by erasing', async () => {
    const t = await project(live, involvementProjection, journey.events);
    expect(await participantsOf(live, t, 'KOMMUN:1814')).toEqual([]);
    expect((await participantsOf(live, t, 'AF')).map((row) => row.journeyId)).toEqual([journey.journeyId]);
  });

  it.each(READ_MODEL_PROJECTIONS.map((projection) => [projection.name, projection] as const))(
    '%s: a rebuild, reading the personal fields as null, gives the same rows, none holding a birth-derived day',
    async (name, projection) => {
      for (const sql of [live, rebuilt]) await sql.exec(`drop schema if exists "test_${name}" cascade`);
      await project(live, projection, journey.events);
      await project(rebuilt, projection, await readAfterKeyErased(journey.events));
      const liveRows = await rowsOf(live, `test_${name}`);
      // The journey reached contact after its avslag: no risk signal is left for it.
      expect(liveRows.length > 0).toBe(name !== 'risk_signals');
      expect(await rowsOf(rebuilt, `test_${name}`)).toEqual(liveRows);
      expect(BIRTH_DERIVED.filter((day) => liveRows.join('\n').includes(day))).toEqual([]);
    },
  );
});
