import { randomBytes } from 'node:crypto';
import { DomainError, type OpenJourney } from '@samsyn/domain';
import { PgliteClient, PostgresClient, SqlEventStore, type SqlClient } from '@samsyn/event-store';
import { JourneyKeyStore, MasterKey, PersonnummerIndexKey, SqlWrappedKeyTable } from '@samsyn/personal-data';
import { createTestDatabase } from '@samsyn/testing';
import { JourneyCommandService, journeyStreamId, PersonIndex, personalDataCodec } from '../src';
import {
  command,
  CONTACT_NAME,
  CONTACT_PHONE,
  journeyAfterAvslag,
  NEW_CONTACT_NAME,
  PERSONNUMMER,
  writerOf,
} from './journey-commands.fixtures';

type Backend = { sql: SqlClient; dispose(): Promise<void> };
const backends: [string, () => Promise<Backend>][] = [
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

const openJourney = (personnummer = PERSONNUMMER): OpenJourney =>
  command('OpenJourney', { personnummer, homeKommun: '1880' }, 'FK', '2023-01-10T09:00:00+01:00');

describe.each(backends)('journey commands on %s', (_name, openBackend) => {
  let backend: Backend;
  let store: SqlEventStore;
  let keys: JourneyKeyStore;
  let service: JourneyCommandService;

  beforeAll(async () => {
    backend = await openBackend();
    const master = MasterKey.fromBase64(randomBytes(32).toString('base64'));
    store = await SqlEventStore.open(backend.sql);
    keys = new JourneyKeyStore(master, await SqlWrappedKeyTable.open(backend.sql));
    service = new JourneyCommandService(
      store,
      keys,
      await PersonIndex.open(backend.sql, new PersonnummerIndexKey(master)),
    );
  });
  afterAll(() => backend.dispose());

  const dump = async (): Promise<string> => {
    const tables = ['samsyn_events', 'samsyn_streams', 'samsyn_person_index', 'samsyn_journey_keys'];
    const rows = await Promise.all(tables.map((table) => backend.sql.query(`select t::text as row from ${table} t`)));
    return JSON.stringify(rows);
  };

  it('records the journey from the reports, one stream under a random id, personal data sealed', async () => {
    const opened = await service.open(openJourney(), writerOf(openJourney()));
    expect(opened.journeyId).toMatch(/^[0-9a-f-]{36}$/);
    let last = opened;
    for (const next of journeyAfterAvslag())
      last = await service.execute(opened.journeyId, next, writerOf(next, opened.journeyId));
    expect(last.revision).toBe(12);
    expect(last.result.position).toBeDefined();

    const stored = await store.readStream(journeyStreamId(opened.journeyId));
    expect(stored.map((event) => event.type)).toContain('ContactEstablished');
    const everything = await dump();
    for (const secret of [PERSONNUMMER, '200308203454', '0308203454', CONTACT_NAME, CONTACT_PHONE, NEW_CONTACT_NAME]) {
      expect(everything).not.toContain(secret);
    }
    const codec = personalDataCodec(opened.journeyId, await keys.find(opened.journeyId));
    const decoded = await Promise.all(stored.map((event) => codec.decode(event)));
    expect(decoded[0]).toMatchObject({ type: 'JourneyOpened', data: { personnummer: '200308203454' } });
    expect(decoded.find((event) => event.type === 'ContactPersonChanged')?.data).toMatchObject({
      from: { name: CONTACT_NAME, phone: CONTACT_PHONE },
      to: { name: NEW_CONTACT_NAME },
      personInformed: true,
    });
  });

  it('writes nothing twice for a retried command, and refuses a second journey for one person', async () => {
    const first = openJourney('20010315-2385');
    const opened = await service.open(first, writerOf(first));
    const retried = await service.open(first, writerOf(first));
    expect(retried).toMatchObject({ journeyId: opened.journeyId, revision: 0, result: { alreadyHandled: true } });
    await expect(
      service.open(openJourney('200103152385'), writerOf(openJourney('200103152385'))),
    ).rejects.toMatchObject({ code: 'JOURNEY_ALREADY_OPENED' });
    expect(await store.readStream(journeyStreamId(opened.journeyId))).toHaveLength(1);
  });

  it('refuses bad input with a typed error and writes nothing', async () => {
    const countIndexRows = async () =>
      (await backend.sql.query<{ n: string }>('select count(*)::text as n from samsyn_person_index'))[0]?.n;
    const before = await store.readAll({ maxCount: 100_000 });
    const indexRowsBefore = await countIndexRows();
    await expect(
      service.open(openJourney('20030820-3455'), writerOf(openJourney('20030820-3455'))),
    ).rejects.toBeInstanceOf(DomainError);
    await expect(
      service.open(openJourney('20030231-3454'), writerOf(openJourney('20030231-3454'))),
    ).rejects.toMatchObject({ field: 'personnummer' });
    const unknownKommun = command(
      'OpenJourney',
      { personnummer: '20020612-2384', homeKommun: '9999' },
      'FK',
      '2023-01-10T09:00:00+01:00',
    );
    await expect(service.open(unknownKommun, writerOf(unknownKommun))).rejects.toMatchObject({
      code: 'KOMMUNKOD_UNKNOWN',
    });
    expect(await store.readAll({ maxCount: 100_000 })).toHaveLength(before.length);
    expect(await countIndexRows()).toBe(indexRowsBefore);
  });

  it('makes personal fields unreadable everywhere once the journey key is erased', async () => {
    const opened = await service.open(openJourney('19990704-1231'), writerOf(openJourney('19990704-1231')));
    await keys.erase(opened.journeyId);
    const [stored] = await store.readStream(journeyStreamId(opened.journeyId));
    const decoded = await personalDataCodec(opened.journeyId, await keys.find(opened.journeyId)).decode(stored!);
    expect(decoded.data).toMatchObject({ personnummer: null, birthDate: null, homeKommun: '1880' });
    await expect(
      service.execute(opened.journeyId, journeyAfterAvslag()[0]!, writerOf(journeyAfterAvslag()[0]!, opened.journeyId)),
    ).rejects.toMatchObject({
      code: 'JOURNEY_NOT_FOUND',
    });
  });
});
