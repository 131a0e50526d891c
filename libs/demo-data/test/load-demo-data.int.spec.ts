import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Personnummer } from '@samsyn/domain';
import { EXTRA_PEOPLE, generateDemoJourneys, loadDemoData, type DemoDataProgress } from '@samsyn/demo-data';
import { foldJourney, readJourneyHistory } from '@samsyn/journey-commands';
import { MasterKey } from '@samsyn/personal-data';
import { openSamsynResources, type SamsynResources, type StoreConfig } from '@samsyn/runtime';
import { createTestDatabase } from '@samsyn/testing';
import { decideJourney, reportCell, tableCells, TEST_SEED, TEST_TODAY } from './demo-journeys.kit';

type OpenStore = () => Promise<{ config: StoreConfig; dispose(): Promise<void> }>;
const backends: [string, OpenStore][] = [
  [
    'PGlite',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'samsyn-demo-'));
      return {
        config: { kind: 'pglite', dataDir },
        dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      return { config: { kind: 'postgres', url: database.url }, dispose: () => database.drop() };
    },
  ],
];

const journeys = generateDemoJourneys({ seed: TEST_SEED, today: TEST_TODAY });
const expectedEvents = journeys.reduce((sum, journey) => sum + decideJourney(journey).events.length, 0);
const people = 943 + EXTRA_PEOPLE.ended + EXTRA_PEOPLE.rejected;

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

  it('writes one journey per person of the demo, one append each, and reports its progress', async () => {
    const progress: DemoDataProgress[] = [];
    const append = jest.spyOn(resources.store, 'append');
    const load = await loadDemoData(resources, {
      seed: TEST_SEED,
      today: TEST_TODAY,
      onProgress: (step) => progress.push(step),
    });
    expect(append).toHaveBeenCalledTimes(people);
    append.mockRestore();

    expect(load).toMatchObject({ status: 'loaded', seed: TEST_SEED, journeys: people, events: expectedEvents });
    expect(progress).toHaveLength(people);
    expect(progress.at(-1)).toEqual({ done: people, total: people });
    expect(await rows('samsyn_person_index')).toBe(people);
    expect(await rows('samsyn_journey_keys')).toBe(people);
    expect(await rows('samsyn_events')).toBe(expectedEvents);
    const perSecond = Math.round(load.events / (load.ms / 1000));
    console.log(
      `Demo data on ${name}: ${load.journeys} journeys, ${load.events} events in ${load.ms} ms (${perSecond} events/s)`,
    );
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
    expect(await rows('samsyn_person_index')).toBe(people);
    expect(await rows('samsyn_events')).toBe(expectedEvents);
  });

  // Read back once, from the store `npm start` loads into: reading every journey costs seconds per backend.
  if (name === 'PGlite')
    it('holds, read back from the store, the county table active on today cell for cell and nobody else', async () => {
      const streams = await resources.sql.query<{ stream_id: string }>(
        "select distinct stream_id from samsyn_events where stream_id like 'journey-%'",
      );
      const tally = new Map<string, number>();
      for (const { stream_id } of streams) {
        const state = foldJourney(
          await readJourneyHistory(resources.store, resources.keys, stream_id.slice('journey-'.length)),
        );
        if (state.status !== 'active' || !state.personnummer)
          throw new Error(`Journey ${stream_id} reads back unopened`);
        const decision = state.activeDecision;
        if (!decision || decision.from > TEST_TODAY || TEST_TODAY > decision.to) continue;
        const cell = reportCell({ state }, TEST_TODAY);
        tally.set(cell, (tally.get(cell) ?? 0) + 1);
      }
      expect(streams).toHaveLength(people);
      expect(Object.fromEntries(tally)).toEqual(tableCells());
    });
});
