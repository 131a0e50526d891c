import { randomBytes, randomUUID } from 'node:crypto';
import { personnummerOf } from '@samsyn/demo-data';
import { CalendarDate, type ErasePersonalData, type Viewer } from '@samsyn/domain';
import { PgliteClient, SqlEventStore } from '@samsyn/event-store';
import { JourneyKeyStore, MasterKey, PersonnummerIndexKey, SqlWrappedKeyTable } from '@samsyn/personal-data';
import {
  erasePersonalData,
  JourneyCommandService,
  journeyStreamId,
  PersonIndex,
  personalDataCodec,
  type ErasureDependencies,
} from '../src';
import { command, journeyAfterAvslag, writerOf } from './journey-commands.fixtures';

const NOW = '2023-04-01T10:00:00+02:00';
const erasure = (author = 'FK'): ErasePersonalData => command('ErasePersonalData', {}, author, NOW);
const PRIVACY_OFFICER: Viewer = { organisation: 'FK', role: 'privacy_officer' };

describe('erasing a journey’s personal data (PGlite)', () => {
  let sql: PgliteClient;
  let store: SqlEventStore;
  let deps: ErasureDependencies;

  beforeAll(async () => {
    sql = await PgliteClient.open();
    const master = MasterKey.fromBase64(randomBytes(32).toString('base64'));
    store = await SqlEventStore.open(sql);
    const keys = new JourneyKeyStore(master, await SqlWrappedKeyTable.open(sql));
    const personIndex = await PersonIndex.open(sql, new PersonnummerIndexKey(master));
    deps = { journeys: new JourneyCommandService(store, keys, personIndex), keys, personIndex };
  });
  afterAll(() => sql.close());

  /** Opens a journey for a fresh synthetic personnummer and records the avslag journey on it. */
  let birthNumber = 980;
  async function openedJourney(): Promise<{ journeyId: string; personnummer: string }> {
    const personnummer = personnummerOf(CalendarDate.parse('2001-03-15', 'birth'), birthNumber++);
    const opening = command('OpenJourney', { personnummer, homeKommun: '1880' }, 'FK', '2023-01-10T09:00:00+01:00');
    const { journeyId } = await deps.journeys.open(opening, writerOf(opening));
    for (const next of journeyAfterAvslag()) await deps.journeys.execute(journeyId, next, writerOf(next, journeyId));
    const canonical = personnummer.replace('-', '');
    expect(await deps.personIndex.find(canonical)).toBe(journeyId);
    return { journeyId, personnummer: canonical };
  }
  const typesOf = async (journeyId: string) =>
    (await store.readStream(journeyStreamId(journeyId))).map((event) => event.type);
  const erasures = async (journeyId: string) =>
    (await typesOf(journeyId)).filter((type) => type === 'PersonalDataErased').length;

  it('records PersonalDataErased with its author, then deletes the key and the index entry', async () => {
    const { journeyId, personnummer } = await openedJourney();
    const result = await erasePersonalData(deps, journeyId, erasure('KOMMUN:1880'), {
      organisation: 'KOMMUN:1880',
      role: 'privacy_officer',
    });
    expect(result).toMatchObject({ journeyId, erased: true });
    expect(result.position).toBeDefined();
    const stored = await store.readStream(journeyStreamId(journeyId));
    expect(stored.at(-1)).toMatchObject({
      type: 'PersonalDataErased',
      data: {},
      metadata: { author: { organisation: 'KOMMUN:1880' } },
    });
    expect(await deps.keys.find(journeyId)).toBeUndefined();
    expect(await deps.personIndex.find(personnummer)).toBeUndefined();
  });

  it('answers erased: false for a second erasure and writes no second event', async () => {
    const { journeyId } = await openedJourney();
    await erasePersonalData(deps, journeyId, erasure(), PRIVACY_OFFICER);
    const again = await erasePersonalData(deps, journeyId, erasure(), PRIVACY_OFFICER);
    expect(again).toEqual({ journeyId, erased: false });
    expect(await erasures(journeyId)).toBe(1);
  });

  it('completes an erasure that crashed after writing the event: the key goes, no second event', async () => {
    const { journeyId, personnummer } = await openedJourney();
    await deps.journeys.execute(journeyId, erasure(), PRIVACY_OFFICER);
    expect(await deps.keys.find(journeyId)).toBeDefined();
    const completed = await erasePersonalData(deps, journeyId, erasure(), PRIVACY_OFFICER);
    expect(completed).toEqual({ journeyId, erased: true });
    expect(await erasures(journeyId)).toBe(1);
    expect(await deps.keys.find(journeyId)).toBeUndefined();
    expect(await deps.personIndex.find(personnummer)).toBeUndefined();
  });

  it('records the event for a journey whose key went before erasure was an event', async () => {
    const { journeyId } = await openedJourney();
    await deps.keys.erase(journeyId);
    await deps.personIndex.forget(journeyId);
    expect(await erasePersonalData(deps, journeyId, erasure(), PRIVACY_OFFICER)).toMatchObject({
      journeyId,
      erased: true,
    });
    expect(await erasures(journeyId)).toBe(1);
    const [opened] = await store.readStream(journeyStreamId(journeyId));
    expect((await personalDataCodec(journeyId, undefined).decode(opened!)).data).toMatchObject({
      personnummer: null,
      birthDate: null,
    });
  });

  it('refuses an unknown journey as not found and writes nothing', async () => {
    const unknown = randomUUID();
    await expect(erasePersonalData(deps, unknown, erasure(), PRIVACY_OFFICER)).rejects.toMatchObject({
      code: 'JOURNEY_NOT_FOUND',
    });
    expect(await typesOf(unknown)).toEqual([]);
  });

  it('without a key, still refuses to write an event that has personal data to seal', async () => {
    const codec = personalDataCodec(randomUUID(), undefined);
    await expect(
      codec.encode({
        type: 'ContactPersonAssigned',
        data: { organisation: 'FK', role: 'handlaggare', name: 'N', phone: '1' },
      }),
    ).rejects.toThrow(/no data key/);
    expect(await codec.encode({ type: 'PersonalDataErased', data: {} })).toEqual({
      type: 'PersonalDataErased',
      data: {},
    });
  });
});
