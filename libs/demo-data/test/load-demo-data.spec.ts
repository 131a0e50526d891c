import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Personnummer } from '@samsyn/domain';
import { generateDemoJourneys, loadDemoData, type DemoDataProgress } from '@samsyn/demo-data';
import { MasterKey } from '@samsyn/personal-data';
import { openSamsynResources, type SamsynResources, type StoreConfig } from '@samsyn/runtime';
import { createTestDatabase } from '@samsyn/testing';
import { decideJourney, TEST_SEED, TEST_TODAY } from './demo-journeys.kit';

type OpenStore = () => Promise<{ config: StoreConfig; dispose(): Promise<void> }>;
const backends: [string, OpenStore][] = [
  ['PGlite', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samsyn-demo-'));
    return { config: { kind: 'pglite', dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }],
  ['PostgreSQL', async () => {
    const database = await createTestDatabase();
    return { config: { kind: 'postgres', url: database.url }, dispose: () => database.drop() };
  }],
];

const journeys = generateDemoJourneys({ seed: TEST_SEED, today: TEST_TODAY });
const expectedEvents = journeys.reduce((sum, journey) => sum + decideJourney(journey).events.length, 0);

describe.each(backends)('loading the demo data into %s', (name, openStore) => {
  let resources: SamsynResources;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const store = await openStore();
    dispose = store.dispose;
    resources = await openSamsynResources(store.config, MasterKey.fromBase64(randomBytes(32).toString('base64')));
  });
  afterAll(async () => {
    await resources.close();
    await dispose();
  });

  const rows = async (table: string) =>
    Number((await resources.sql.query<{ n: string }>(`select count(*)::text as n from ${table}`))[0]?.n);

  it('writes one journey per person of the table, one append each, and reports its progress', async () => {
    const progress: DemoDataProgress[] = [];
    const append = jest.spyOn(resources.store, 'append');
    const load = await loadDemoData(resources, { seed: TEST_SEED, today: TEST_TODAY, onProgress: (step) => progress.push(step) });
    expect(append).toHaveBeenCalledTimes(943);
    append.mockRestore();

    expect(load).toMatchObject({ status: 'loaded', journeys: 943, events: expectedEvents });
    expect(progress).toHaveLength(943);
    expect(progress.at(-1)).toEqual({ done: 943, total: 943 });
    expect(await rows('samsyn_person_index')).toBe(943);
    expect(await rows('samsyn_journey_keys')).toBe(943);
    expect(await rows('samsyn_events')).toBe(expectedEvents);
    const perSecond = Math.round(load.events / (load.ms / 1000));
    console.log(`Demo data on ${name}: ${load.journeys} journeys, ${load.events} events in ${load.ms} ms (${perSecond} events/s)`);
  });

  it('stores no personnummer in clear', async () => {
    const tenDigits = journeys
      .slice(0, 20)
      .map(({ open }) => Personnummer.parse(open.data.personnummer, { today: TEST_TODAY }).canonical.slice(2));
    const [found] = await resources.sql.query<{ n: string }>(
      `select count(*)::text as n from samsyn_events e
        where exists (select 1 from unnest($1::text[]) p where e.data::text like '%' || p || '%')`,
      [tenDigits],
    );
    expect(found?.n).toBe('0');
  });

  it('leaves a store that already holds journeys alone on the next start', async () => {
    const second = await loadDemoData(resources, { seed: TEST_SEED + 1, today: TEST_TODAY });
    expect(second).toMatchObject({ status: 'skipped', journeys: 0, events: 0 });
    expect(await rows('samsyn_person_index')).toBe(943);
    expect(await rows('samsyn_events')).toBe(expectedEvents);
  });
});
