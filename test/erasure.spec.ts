import type { SqlClient } from '@samsyn/event-store';
import { OPEN_JOURNEY, JOURNEY_EVENTS, send, type Receipt } from './support/journey-mutations';
import { CONTACT_NAME, PERSONNUMMER, REPORT_JOURNEY } from './support/report-journey.fixture';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

/** Every way the person's data could appear: the personnummer written four ways, the contact's name and phone. */
const SECRETS = [PERSONNUMMER, '200308203454', '0308203454', '030820-3454', CONTACT_NAME, '070-123 45 67', 'Arbetsförmågan bedöms'];

/** Every row of every table in every schema of the database, as text. */
async function dumpDatabase(sql: SqlClient): Promise<string> {
  const tables = await sql.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'`,
  );
  const rows = await Promise.all(tables.map(({ schema, name }) => sql.query<{ row: string }>(`select t::text as row from "${schema}"."${name}" t`)));
  return rows.flat().map((row) => row.row).join('\n');
}

describe('erasure', () => {
  let stack: SamsynStack;
  const logged: string[] = [];
  const originalWrites = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

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

  it('deletes the journey key: the personnummer, names and phone numbers are found nowhere in the database or the logs', async () => {
    stack.clock.set('2023-01-10T09:00:00+01:00');
    const opened = (await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, { input: { personnummer: PERSONNUMMER, homeKommun: '1880' } }))
      .data!.openJourney;
    let last: Receipt = opened;
    for (const step of REPORT_JOURNEY) last = (await send(stack, opened.journeyId, step)).data![step.mutation]!;
    const person = { organisation: 'PERSON', role: 'person', journeyId: opened.journeyId };
    const fresh = { 'x-samsyn-consistent-with': last.position! };

    const before = await stack.as<{ journeyEvents: { type: string; data: Record<string, unknown> }[] }>(person, JOURNEY_EVENTS, { journeyId: opened.journeyId }, fresh);
    expect(JSON.stringify(before.data)).toContain(CONTACT_NAME);
    expect(JSON.stringify(before.data)).toContain('200308203454');

    const erased = await stack.as<{ erasePersonalData: { erased: boolean } }>(
      person,
      'mutation($journeyId: ID!) { erasePersonalData(journeyId: $journeyId) { journeyId erased } }',
      { journeyId: opened.journeyId },
    );
    expect(erased.data!.erasePersonalData.erased).toBe(true);

    const after = await stack.as<{ journeyEvents: { type: string; data: Record<string, unknown> }[] }>(person, JOURNEY_EVENTS, { journeyId: opened.journeyId });
    expect(after.data!.journeyEvents.map((event) => event.type)).toEqual(before.data!.journeyEvents.map((event) => event.type));
    expect(after.data!.journeyEvents[0]!.data).toMatchObject({ personnummer: null, homeKommun: '1880' });
    const plan = await stack.as<{ person: { minPlan: { contacts: { name: string | null; phone: string | null }[] } } }>(
      person,
      '{ person(id: "' + opened.journeyId + '") { minPlan { contacts { role name phone } } } }',
    );
    expect(plan.data!.person.minPlan.contacts).toEqual([{ role: 'handlaggare', name: null, phone: null }]);
    const found = await stack.as<{ personByPersonnummer: unknown }>('FK', `{ personByPersonnummer(personnummer: "${PERSONNUMMER}") { id } }`);
    expect(found.data!.personByPersonnummer).toBeNull();

    const keyRows = await stack.resources.sql.query('select 1 from samsyn_journey_keys where journey_id = $1', [opened.journeyId]);
    const indexRows = await stack.resources.sql.query('select 1 from samsyn_person_index where journey_id = $1', [opened.journeyId]);
    expect([keyRows.length, indexRows.length]).toEqual([0, 0]);

    const database = await dumpDatabase(stack.resources.sql);
    const logs = logged.join('');
    expect(database.length).toBeGreaterThan(5_000);
    expect(SECRETS.map((secret) => [secret, database.split(secret).length - 1, logs.split(secret).length - 1])).toEqual(
      SECRETS.map((secret) => [secret, 0, 0]),
    );

    const trail = await stack.as<{ whoLookedAtMyData: { organisation: string; outcome: string; action: string }[] }>(person, '{ whoLookedAtMyData { organisation outcome action } }');
    expect(trail.data!.whoLookedAtMyData).toEqual(expect.arrayContaining([expect.objectContaining({ organisation: 'PERSON', outcome: 'erased' })]));
  });
});
