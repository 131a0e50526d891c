import { randomBytes } from 'node:crypto';
import { DomainError, type JourneyCommand, type OpenJourney } from '@samsyn/domain';
import { PgliteClient, PostgresClient, SqlEventStore, type SqlClient } from '@samsyn/event-store';
import { JourneyKeyStore, MasterKey, PersonnummerIndexKey, SqlWrappedKeyTable } from '@samsyn/personal-data';
import { createTestDatabase } from '@samsyn/testing';
import { importJourney, JourneyCommandService, PersonIndex, readJourneyHistory, type JourneyToImport } from '../src';
import {
  command,
  CONTACT_NAME,
  CONTACT_PHONE,
  journeyAfterAvslag,
  NEW_CONTACT_NAME,
  PERSONNUMMER,
  writerOf,
} from './journey-commands.fixtures';

interface Side {
  sql: SqlClient;
  store: SqlEventStore;
  keys: JourneyKeyStore;
  personIndex: PersonIndex;
  service: JourneyCommandService;
  dispose(): Promise<void>;
}

type OpenSql = () => Promise<{ sql: SqlClient; dispose(): Promise<void> }>;
const backends: [string, OpenSql][] = [
  [
    'PGlite',
    async () => {
      const sql = await PgliteClient.open();
      return { sql, dispose: () => sql.close() };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      const sql = new PostgresClient({ connectionString: database.url });
      return {
        sql,
        dispose: async () => {
          await sql.close();
          await database.drop();
        },
      };
    },
  ],
];

async function openSide(openSql: OpenSql): Promise<Side> {
  const { sql, dispose } = await openSql();
  const master = MasterKey.fromBase64(randomBytes(32).toString('base64'));
  const store = await SqlEventStore.open(sql);
  const keys = new JourneyKeyStore(master, await SqlWrappedKeyTable.open(sql));
  const personIndex = await PersonIndex.open(sql, new PersonnummerIndexKey(master));
  return { sql, store, keys, personIndex, service: new JourneyCommandService(store, keys, personIndex), dispose };
}

const openJourney = (personnummer: string): OpenJourney =>
  command('OpenJourney', { personnummer, homeKommun: '1880' }, 'FK', '2023-01-09T09:00:00+01:00');

const rowCounts = async (sql: SqlClient) => {
  const tables = ['samsyn_events', 'samsyn_person_index', 'samsyn_journey_keys'];
  const counts = await Promise.all(
    tables.map((table) => sql.query<{ n: string }>(`select count(*)::text as n from ${table}`)),
  );
  return counts.map(([row]) => row?.n);
};

describe.each(backends)('importing a whole journey on %s', (_name, openSql) => {
  let imported: Side;
  let executed: Side;
  const journey: JourneyToImport = { open: openJourney(PERSONNUMMER), commands: journeyAfterAvslag() };

  beforeAll(async () => {
    [imported, executed] = await Promise.all([openSide(openSql), openSide(openSql)]);
  });
  afterAll(() => Promise.all([imported.dispose(), executed.dispose()]));

  it('writes it in one append, the same stream that running its commands one by one writes', async () => {
    const append = jest.spyOn(imported.store, 'append');
    const result = await importJourney(imported, journey);
    expect(append).toHaveBeenCalledTimes(1);
    append.mockRestore();

    const { journeyId } = await executed.service.open(journey.open, writerOf(journey.open));
    let last = -1;
    for (const next of journey.commands)
      last = (await executed.service.execute(journeyId, next, writerOf(next, journeyId))).revision;

    expect(result).toMatchObject({ eventsWritten: 13, revision: last, alreadyImported: false });
    const ours = await readJourneyHistory(imported.store, imported.keys, result.journeyId);
    const theirs = await readJourneyHistory(executed.store, executed.keys, journeyId);
    const comparable = (entries: typeof ours) =>
      entries.map(({ event, recorded }) => ({
        event,
        id: recorded.id,
        revision: recorded.revision,
        metadata: recorded.metadata,
      }));
    expect(comparable(ours)).toEqual(comparable(theirs));
  });

  it('keeps the personal data sealed in every table', async () => {
    const tables = ['samsyn_events', 'samsyn_streams', 'samsyn_person_index', 'samsyn_journey_keys'];
    const rows = await Promise.all(tables.map((table) => imported.sql.query(`select t::text as row from ${table} t`)));
    const everything = JSON.stringify(rows);
    for (const secret of [PERSONNUMMER, '200308203454', '0308203454', CONTACT_NAME, CONTACT_PHONE, NEW_CONTACT_NAME]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('writes nothing for a person whose journey is already there, imported or opened by a command', async () => {
    const before = await rowCounts(imported.sql);
    const again = await importJourney(imported, journey);
    expect(again).toMatchObject({ eventsWritten: 0, revision: 12, alreadyImported: true });
    expect(await rowCounts(imported.sql)).toEqual(before);

    const openedByCommand = await imported.service.open(
      openJourney('20010315-2385'),
      writerOf(openJourney('20010315-2385')),
    );
    const other = await importJourney(imported, { open: openJourney('200103152385'), commands: journeyAfterAvslag() });
    expect(other).toMatchObject({
      journeyId: openedByCommand.journeyId,
      eventsWritten: 0,
      revision: 0,
      alreadyImported: true,
    });
  });

  it('finishes a journey whose person was claimed before an interrupted import could append', async () => {
    const claimed = await imported.personIndex.claim('199907041231', '0b9d6b1e-6f3a-4c55-9a51-2f7e1c0d4a21');
    const result = await importJourney(imported, {
      open: openJourney('19990704-1231'),
      commands: journeyAfterAvslag(),
    });
    expect(result).toMatchObject({ journeyId: claimed, eventsWritten: 13, alreadyImported: false });
  });

  it('refuses a journey with a command the domain refuses, and writes nothing', async () => {
    const before = await rowCounts(imported.sql);
    const commands: JourneyCommand[] = journeyAfterAvslag().filter((next) => next.type !== 'ScheduleMeeting');
    const refused = importJourney(imported, { open: openJourney('20020612-2384'), commands });
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code: 'MEETING_NOT_SCHEDULED' });
    expect(await rowCounts(imported.sql)).toEqual(before);
  });
});
