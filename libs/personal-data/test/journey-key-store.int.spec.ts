import { randomBytes, randomUUID } from 'node:crypto';
import { PgliteClient, PostgresClient, type SqlClient } from '@samsyn/event-store';
import { createTestDatabase, type TestDatabase } from '@samsyn/testing';
import { encryptField, JourneyKeyStore, MasterKey, SqlWrappedKeyTable } from '../src';

const backends: [string, () => Promise<{ sql: SqlClient; dispose(): Promise<void> }>][] = [
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
      const database: TestDatabase = await createTestDatabase();
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

describe.each(backends)('journey keys on %s', (_name, openBackend) => {
  let backend: Awaited<ReturnType<typeof openBackend>>;
  let keys: JourneyKeyStore;
  const master = MasterKey.fromBase64(randomBytes(32).toString('base64'));

  beforeAll(async () => {
    backend = await openBackend();
    keys = new JourneyKeyStore(master, await SqlWrappedKeyTable.open(backend.sql));
  });
  afterAll(() => backend.dispose());

  it('stores a data key only wrapped, and gives it back', async () => {
    const journeyId = randomUUID();
    const dataKey = await keys.create(journeyId);
    const [row] = await backend.sql.query<{ wrapped_key: Uint8Array }>(
      'select wrapped_key from samsyn_journey_keys where journey_id = $1',
      [journeyId],
    );
    expect(Buffer.from(row!.wrapped_key).includes(dataKey)).toBe(false);
    expect((await keys.find(journeyId))?.equals(dataKey)).toBe(true);
  });

  it('gives the keys of several journeys in one read, none for an erased or unknown journey', async () => {
    const [kept, erased, unknown] = [randomUUID(), randomUUID(), randomUUID()];
    const keptKey = await keys.create(kept);
    await keys.create(erased);
    await keys.erase(erased);

    const found = await keys.findMany([kept, erased, unknown]);
    expect([...found.keys()]).toEqual([kept, erased, unknown]);
    expect(found.get(kept)?.equals(keptKey)).toBe(true);
    expect(found.get(erased)).toBeUndefined();
    expect(found.get(unknown)).toBeUndefined();
  });

  it('makes personal fields unreadable for good once the key is erased', async () => {
    const journeyId = randomUUID();
    const stored = encryptField(await keys.create(journeyId), journeyId, 'name', 'Alva Svensson');
    expect(await keys.erase(journeyId)).toBe(true);
    expect(await keys.find(journeyId)).toBeUndefined();
    expect(await keys.erase(journeyId)).toBe(false);
    expect(stored).not.toContain('Alva');
  });

  it('cannot unwrap keys with another master key', async () => {
    const journeyId = randomUUID();
    await keys.create(journeyId);
    const otherMaster = MasterKey.fromBase64(randomBytes(32).toString('base64'));
    const stranger = new JourneyKeyStore(otherMaster, await SqlWrappedKeyTable.open(backend.sql));
    await expect(stranger.find(journeyId)).rejects.toThrow();
  });

  it('keeps one key per journey', async () => {
    const journeyId = randomUUID();
    await keys.create(journeyId);
    await expect(keys.create(journeyId)).rejects.toThrow();
  });
});
