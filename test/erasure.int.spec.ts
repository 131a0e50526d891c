import { randomUUID } from 'node:crypto';
import { parsePosition, type SqlClient } from '@samsyn/event-store';
import { journeyStreamId } from '@samsyn/journey-commands';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { OPEN_JOURNEY, JOURNEY_EVENTS, send, type Receipt } from './support/journey-mutations';
import { servedAndRebuilt } from './support/process/samsyn-env';
import { CONTACT_NAME, PERSONNUMMER, REPORT_JOURNEY } from './support/report-journey.fixture';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

/** Every way the person's data could appear: the personnummer written four ways, the contact's name and phone. */
const SECRETS = [
  PERSONNUMMER,
  '200308203454',
  '0308203454',
  '030820-3454',
  CONTACT_NAME,
  '070-123 45 67',
  'Arbetsförmågan bedöms',
];

/** The birth date read from the personnummer, and the days the person turns 19, 20, 25 and 30 (20 August: no leap-day clamping). */
function birthDerivedDays(personnummer: string): { born: string; turns: Record<19 | 20 | 25 | 30, string> } {
  const [year, month, day] = [Number(personnummer.slice(0, 4)), personnummer.slice(4, 6), personnummer.slice(6, 8)];
  const on = (age: number) => `${year + age}-${month}-${day}`;
  return { born: on(0), turns: { 19: on(19), 20: on(20), 25: on(25), 30: on(30) } };
}
const { born: BIRTH_DATE, turns: TURNS } = birthDerivedDays(PERSONNUMMER);
const BIRTH_DERIVED = [BIRTH_DATE, ...Object.values(TURNS)];

const ERASE = 'mutation($journeyId: ID!) { erasePersonalData(journeyId: $journeyId) { journeyId erased position } }';
type Erasure = { erasePersonalData: { journeyId: string; erased: boolean; position: string | null } };
const PRIVACY_OFFICER = { organisation: 'KOMMUN:1880', role: 'privacy_officer' };
const personOf = (journeyId: string) => ({ organisation: 'PERSON', role: 'person', journeyId });
const occurrences = (text: string, values: readonly string[]) =>
  values.map((value) => [value, text.split(value).length - 1]);

/** Every row of the journey in every table of the read models as served, as text. */
async function readModelRowsOf(stack: SamsynStack, journeyId: string): Promise<string[]> {
  const rows: string[] = [];
  for (const projection of READ_MODEL_PROJECTIONS) {
    const tables = (await stack.runner.tables(projection)) as Record<string, string>;
    for (const [name, table] of Object.entries(tables)) {
      const found = await stack.resources.sql.query<{ row: string }>(
        `select t::text as row from ${table} t where journey_id = $1`,
        [journeyId],
      );
      rows.push(...found.map(({ row }) => `${projection.name}.${name} ${row}`));
    }
  }
  return rows;
}

/** A journey opened by FK for a fresh synthetic personnummer. */
async function openJourney(stack: SamsynStack, personnummer: string): Promise<string> {
  const opened = await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
    input: { personnummer, homeKommun: '1880' },
  });
  return opened.data!.openJourney.journeyId;
}

/** Every row of every table in every schema of the database, as text. */
async function dumpDatabase(sql: SqlClient): Promise<string> {
  const tables = await sql.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'`,
  );
  const rows = await Promise.all(
    tables.map(({ schema, name }) => sql.query<{ row: string }>(`select t::text as row from "${schema}"."${name}" t`)),
  );
  return rows
    .flat()
    .map((row) => row.row)
    .join('\n');
}

describe('erasure', () => {
  let stack: SamsynStack;
  const logged: string[] = [];
  const originalWrites = {
    out: process.stdout.write.bind(process.stdout),
    err: process.stderr.write.bind(process.stderr),
  };

  beforeAll(async () => {
    const capture = (original: typeof process.stdout.write) =>
      ((chunk: unknown, ...rest: unknown[]) => {
        logged.push(String(chunk));
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof process.stdout.write;
    process.stdout.write = capture(originalWrites.out);
    process.stderr.write = capture(originalWrites.err);
    stack = await startSamsynStack('PGlite');
  });
  afterAll(async () => {
    await stack.close();
    process.stdout.write = originalWrites.out;
    process.stderr.write = originalWrites.err;
  });

  it('records the erasure and deletes the journey key: no personal data and no day computed from the birth date anywhere, rebuilt or not', async () => {
    stack.clock.set('2023-01-10T09:00:00+01:00');
    const opened = (
      await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
        input: { personnummer: PERSONNUMMER, homeKommun: '1880' },
      })
    ).data!.openJourney;
    let last: Receipt = opened;
    for (const step of REPORT_JOURNEY) last = (await send(stack, opened.journeyId, step)).data![step.mutation]!;
    const person = personOf(opened.journeyId);
    const fresh = { 'x-samsyn-consistent-with': last.position! };

    const before = await stack.as<{ journeyEvents: { type: string; data: Record<string, unknown> }[] }>(
      person,
      JOURNEY_EVENTS,
      { journeyId: opened.journeyId },
      fresh,
    );
    expect(JSON.stringify(before.data)).toContain(CONTACT_NAME);
    expect(JSON.stringify(before.data)).toContain('200308203454');
    const rowsBefore = (await readModelRowsOf(stack, opened.journeyId)).join('\n');
    expect(occurrences(rowsBefore, Object.values(TURNS)).every(([, count]) => Number(count) > 0)).toBe(true);

    const erased = await stack.as<Erasure>(person, ERASE, { journeyId: opened.journeyId });
    expect(erased.data!.erasePersonalData).toMatchObject({
      journeyId: opened.journeyId,
      erased: true,
      position: expect.any(String),
    });
    await stack.runner.waitFor(
      READ_MODEL_PROJECTIONS.map((projection) => projection.name),
      parsePosition(erased.data!.erasePersonalData.position!),
      10_000,
    );

    const after = await stack.as<{ journeyEvents: { type: string; data: Record<string, unknown> }[] }>(
      person,
      JOURNEY_EVENTS,
      { journeyId: opened.journeyId },
    );
    expect(after.data!.journeyEvents.map((event) => event.type)).toEqual([
      ...before.data!.journeyEvents.map((event) => event.type),
      'PersonalDataErased',
    ]);
    expect(after.data!.journeyEvents[0]!.data).toMatchObject({
      personnummer: null,
      birthDate: null,
      homeKommun: '1880',
    });
    expect(after.data!.journeyEvents.at(-1)).toMatchObject({ type: 'PersonalDataErased', author: 'PERSON', data: {} });
    const plan = await stack.as<{ person: { minPlan: { contacts: { name: string | null; phone: string | null }[] } } }>(
      person,
      '{ person(id: "' + opened.journeyId + '") { minPlan { contacts { role name phone } } } }',
    );
    expect(plan.data!.person.minPlan.contacts).toEqual([{ role: 'HANDLAGGARE', name: null, phone: null }]);
    const found = await stack.as<{ personByPersonnummer: unknown }>(
      'FK',
      `{ personByPersonnummer(personnummer: "${PERSONNUMMER}") { id } }`,
    );
    expect(found.data!.personByPersonnummer).toBeNull();

    const keyRows = await stack.resources.sql.query('select 1 from samsyn_journey_keys where journey_id = $1', [
      opened.journeyId,
    ]);
    const indexRows = await stack.resources.sql.query('select 1 from samsyn_person_index where journey_id = $1', [
      opened.journeyId,
    ]);
    expect([keyRows.length, indexRows.length]).toEqual([0, 0]);

    const rowsAfter = await readModelRowsOf(stack, opened.journeyId);
    expect(rowsAfter.some((row) => row.startsWith('reporting.people '))).toBe(true);
    expect(occurrences(rowsAfter.join('\n'), BIRTH_DERIVED)).toEqual(BIRTH_DERIVED.map((day) => [day, 0]));
    const fkPersons = await stack.resources.sql.query(
      `select turns_30_on from ${(await stack.runner.tables(READ_MODEL_PROJECTIONS.find((p) => p.name === 'fk_benefit')!)).persons} where journey_id = $1`,
      [opened.journeyId],
    );
    expect(fkPersons).toEqual([{ turns_30_on: null }]);
    const people = await stack.resources.sql.query(
      `select gender, turns_19_on, turns_20_on, turns_25_on, turns_30_on
       from ${(await stack.runner.tables(READ_MODEL_PROJECTIONS.find((p) => p.name === 'reporting')!)).people} where journey_id = $1`,
      [opened.journeyId],
    );
    expect(people).toEqual([
      { gender: null, turns_19_on: null, turns_20_on: null, turns_25_on: null, turns_30_on: null },
    ]);

    const logs = logged.join('');
    const database = await dumpDatabase(stack.resources.sql);
    expect(database.length).toBeGreaterThan(5_000);
    expect(SECRETS.map((secret) => [secret, database.split(secret).length - 1, logs.split(secret).length - 1])).toEqual(
      SECRETS.map((secret) => [secret, 0, 0]),
    );
    expect(occurrences(database, BIRTH_DERIVED)).toEqual(BIRTH_DERIVED.map((day) => [day, 0]));

    const trail = await stack.as<{ whoLookedAtMyData: { organisation: string; outcome: string; action: string }[] }>(
      person,
      '{ whoLookedAtMyData { organisation outcome action } }',
    );
    expect(trail.data!.whoLookedAtMyData).toEqual(
      expect.arrayContaining([expect.objectContaining({ organisation: 'PERSON', outcome: 'erased' })]),
    );

    // A rebuild from the first event (what `npm run rebuild` runs) gives the same read models, still without those days.
    await stack.runner.stop();
    const { served, rebuilt } = await servedAndRebuilt(stack.resources);
    expect(rebuilt).toEqual(served);
    const databaseRebuilt = await dumpDatabase(stack.resources.sql);
    expect(occurrences(databaseRebuilt, [...SECRETS, ...BIRTH_DERIVED])).toEqual(
      [...SECRETS, ...BIRTH_DERIVED].map((value) => [value, 0]),
    );
  });

  it('completes an erasure that stopped after recording the event: the key goes, no second event; then answers erased: false', async () => {
    const journeyId = await openJourney(stack, '19990704-1231');
    const recorded = await stack.resources.journeyCommands.execute(
      journeyId,
      {
        type: 'ErasePersonalData',
        data: {},
        metadata: { now: stack.clock.now(), author: 'PERSON', commandId: randomUUID() },
      },
      personOf(journeyId),
    );
    expect(recorded.result.events).toEqual([{ type: 'PersonalDataErased', data: {} }]);
    expect(await stack.resources.keys.find(journeyId)).toBeDefined();

    const completed = await stack.as<Erasure>(PRIVACY_OFFICER, ERASE, { journeyId });
    expect(completed.data!.erasePersonalData).toEqual({ journeyId, erased: true, position: null });
    expect(await stack.resources.keys.find(journeyId)).toBeUndefined();
    const again = await stack.as<Erasure>(personOf(journeyId), ERASE, { journeyId });
    expect(again.data!.erasePersonalData).toEqual({ journeyId, erased: false, position: null });
    const types = (await stack.resources.store.readStream(journeyStreamId(journeyId))).map((event) => event.type);
    expect(types.filter((type) => type === 'PersonalDataErased')).toHaveLength(1);
  });

  it('tells a privacy officer an unknown journey is not found; to anyone else it looks like any journey they may not erase', async () => {
    const unknown = randomUUID();
    const officer = await stack.as<Erasure>(PRIVACY_OFFICER, ERASE, { journeyId: unknown });
    expect(officer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'JOURNEY_NOT_FOUND' });
    expect(await stack.resources.store.readStream(journeyStreamId(unknown))).toEqual([]);

    const existing = await openJourney(stack, '19970615-1231');
    const answer = ({ errors }: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) => ({
      message: errors?.[0]?.message,
      code: errors?.[0]?.extensions?.code,
    });
    const outsiders = [
      'FK',
      { organisation: 'PERSON', role: 'person', journeyId: randomUUID() },
      { organisation: 'AF', role: 'auditor' },
    ];
    for (const caller of outsiders) {
      const [toUnknown, toExisting] = await Promise.all(
        [unknown, existing].map((journeyId) => stack.as<Erasure>(caller, ERASE, { journeyId })),
      );
      expect(answer(toUnknown!).code).toBe('FORBIDDEN');
      expect(answer(toUnknown!)).toEqual(answer(toExisting!));
    }
    expect(await stack.resources.keys.find(existing)).toBeDefined();
  });
});
